import { describe, expect, it } from 'vitest';
import { setupSteps, type SetupFacts } from '../../renderer/src/features/first-run/setupSteps';

const fresh: SetupFacts = { officeName: 'Career Services', advisors: 0, currentAdvisorId: null, mode: 'single', students: 0, windowsSaved: 0 };
const done = (facts: SetupFacts) =>
  setupSteps(facts)
    .filter((s) => s.done)
    .map((s) => s.key);

describe('the setup checklist of a new office', () => {
  it('lists the steps in order, none done on a fresh office, each linking to where it is done', () => {
    const steps = setupSteps(fresh);
    expect(steps.map((s) => s.key)).toEqual(['office-name', 'advisors', 'who-i-am', 'roster', 'windows']);
    expect(done(fresh)).toEqual([]);
    expect(steps.map((s) => s.to)).toEqual([
      '/settings?section=office',
      '/settings?section=office',
      '/settings?section=office',
      '/import',
      '/settings?section=keep-in-touch',
    ]);
  });

  it('ticks each step from the data', () => {
    expect(done({ ...fresh, officeName: 'Northfield Careers' })).toEqual(['office-name']);
    expect(done({ ...fresh, advisors: 2, currentAdvisorId: 1 })).toEqual(['advisors', 'who-i-am']);
    expect(done({ ...fresh, students: 40, windowsSaved: 1 })).toEqual(['roster', 'windows']);
  });

  it('has no "who I am" step on the office server, where the sign-in says who you are', () => {
    expect(setupSteps({ ...fresh, mode: 'office' }).map((s) => s.key)).not.toContain('who-i-am');
  });
});
