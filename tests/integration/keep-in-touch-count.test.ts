import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoOffice } from '../../electron/core/office/service';
import { freshDb, present, procedures, type TestDb } from './helpers';

// keepInTouch.staleCount (the navigation's badge) counts what the Losing touch page and the dashboard list.
describe('keepInTouch.staleCount', () => {
  let t: TestDb;
  const { call } = procedures(() => t.db);
  beforeAll(async () => {
    t = await freshDb();
    createDemoOffice(t.db, { students: 200, seed: 5 });
  });
  afterAll(() => t.close());

  it('for the office, is the dashboard figure and the stale list total', () => {
    const count = call('keepInTouch.staleCount', { advisorId: null });
    expect(count.connections).toBeGreaterThan(0);
    expect(count).toEqual(call('dashboard.office', {}).losingTouch);
    expect(count.connections).toBe(call('keepInTouch.losingTouch', { state: 'stale', advisorId: null }).total);
  });

  it('without an advisor, counts the caseload of the advisor this computer acts as, as the page opens on', () => {
    const advisor = present(call('advisors.list', {})[1], 'advisor');
    call('settings.update', { currentAdvisorId: advisor.id });
    const count = call('keepInTouch.staleCount', {});
    expect(count).toEqual(call('keepInTouch.staleCount', { advisorId: advisor.id }));
    expect(count).toEqual(call('dashboard.office', { advisorId: advisor.id }).losingTouch);
    expect(count.connections).toBe(call('keepInTouch.losingTouch', { state: 'stale' }).total);
    expect(count.connections).toBeLessThan(call('keepInTouch.staleCount', { advisorId: null }).connections);
  });
});
