import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The conformance target the office buys against: WCAG 2.1 A and AA (ADA Title II). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What the gate refuses: axe's serious and critical findings (contrast, unnamed controls, broken ARIA…). */
const blocking = new Set(['serious', 'critical']);

export interface Finding {
  rule: string;
  impact: string;
  help: string;
  /** One line per failing element: its selector and axe's summary of what to fix. */
  nodes: string[];
}

/** Runs axe on the page as it is now (or on one part of it, `include`), returning the blocking findings. */
export async function blockingFindings(page: Page, include?: string): Promise<Finding[]> {
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => blocking.has(v.impact ?? ''))
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`),
    }));
}

/** The findings as a message a person can act on: rule, how many elements, then each element and what is wrong. */
export function describeFindings(where: string, findings: Finding[]): string {
  if (findings.length === 0) return `${where}: no serious or critical violations`;
  const lines = findings.flatMap((f) => [
    `${where}: ${f.rule} (${f.impact}, ${f.nodes.length} element${f.nodes.length === 1 ? '' : 's'}): ${f.help}`,
    ...f.nodes.slice(0, 8).map((n) => `    ${n}`),
    ...(f.nodes.length > 8 ? [`    … and ${f.nodes.length - 8} more`] : []),
  ]);
  return lines.join('\n');
}
