import type { Page } from 'playwright-core';

/** One violation axe-core reports, reduced to what a failure message needs. */
export type AxeViolation = {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  targets: string[];
};

/**
 * A violation accepted because it comes from Fluent UI itself, not from the add-in: matched narrowly, on the rule id
 * and on a selector every target of the node must match. Each entry says why it is accepted.
 */
export type AcceptedViolation = { rule: string; selector: string; reason: string };

/** What Fluent UI 9 renders and the add-in cannot change; every entry was seen on a screen of the scenario. */
export const acceptedFromFluentUi: readonly AcceptedViolation[] = [
  {
    rule: 'aria-hidden-focus',
    selector: '[data-tabster-dummy]',
    reason:
      "tabster's focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>) around Fluent's focus groups: " +
      'they hand focus on at once and are never read by a screen reader (microsoft/tabster design).',
  },
];

/** Where axe-core runs: the pane by default (the preview page's `<aside>`); `document` for a whole dialog page. */
export type AxeScope = 'pane' | 'page';

const scopeSelector: Record<AxeScope, string | null> = { pane: 'aside', page: null };

type AxeRunResult = {
  violations: Array<{
    id: string;
    impact: AxeViolation['impact'];
    help: string;
    helpUrl: string;
    nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }>;
  }>;
};

/** Injects axe-core once per document (`axe-core/axe.min.js` from node_modules). */
async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'axe' in globalThis);
  if (!present) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
}

/** True when `selector` matches the element of `target` (axe's CSS path), checked in the page. */
async function matchesSelector(page: Page, target: string, selector: string): Promise<boolean> {
  return page.evaluate(
    ([path, wanted]) => {
      const element = document.querySelector(path);
      return element !== null && element.matches(wanted);
    },
    [target, selector] as const,
  );
}

/**
 * axe-core's serious and critical violations on `scope`, without the nodes `accepted` lists (rule id + selector):
 * a violation stays when any of its nodes is not accepted, with those nodes only.
 */
export async function seriousViolations(
  page: Page,
  scope: AxeScope = 'pane',
  accepted: readonly AcceptedViolation[] = acceptedFromFluentUi,
): Promise<AxeViolation[]> {
  await injectAxe(page);
  const selector = scopeSelector[scope];
  const result = await page.evaluate(async (include) => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeRunResult> } }).axe;
    const context = include === null ? document : { include: [[include]] };
    return axe.run(context, { resultTypes: ['violations'] });
  }, selector);
  const kept: AxeViolation[] = [];
  for (const violation of result.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    const targets: string[] = [];
    for (const node of violation.nodes) {
      const target = node.target.map(String).join(' ');
      const rulesForTarget = accepted.filter((entry) => entry.rule === violation.id);
      let isAccepted = false;
      for (const entry of rulesForTarget) {
        if (await matchesSelector(page, target, entry.selector)) isAccepted = true;
      }
      // The node's path, its opening HTML and axe's finding (e.g. the contrast measured), to find it in the pane.
      const finding = (node.failureSummary ?? '').split('\n').slice(1, 2).join('').trim();
      if (!isAccepted) targets.push(`${target} ${node.html.slice(0, 120)} ${finding}`);
    }
    if (targets.length > 0)
      kept.push({ id: violation.id, impact: violation.impact, help: violation.help, helpUrl: violation.helpUrl, targets });
  }
  return kept;
}

/** The failure message: one paragraph per violation, with its rule, impact, first targets and help URL. */
export function describeViolations(violations: readonly AxeViolation[], screen: string): string {
  const lines = violations.map(
    (violation) =>
      `- ${violation.id} (${violation.impact}): ${violation.help}\n` +
      `  ${violation.targets.slice(0, 5).join('\n  ')}${violation.targets.length > 5 ? `\n  … ${violation.targets.length - 5} more` : ''}\n` +
      `  ${violation.helpUrl}`,
  );
  return `axe-core: ${violations.length} serious or critical violation(s) on "${screen}":\n${lines.join('\n')}`;
}

/** Fails with every serious or critical violation of `scope` (rule, impact, targets, help URL) on `screen`. */
export async function expectNoSeriousViolations(page: Page, screen: string, scope: AxeScope = 'pane'): Promise<void> {
  const violations = await seriousViolations(page, scope);
  if (violations.length > 0) throw new Error(describeViolations(violations, screen));
}
