import type { Issue } from './Issue';
import { issueMessagesEn } from './issueMessagesEn';
import { issueMessagesFr } from './issueMessagesFr';
import type { Lang } from './Lang';

const catalogues = { fr: issueMessagesFr, en: issueMessagesEn } as const;

/** The issue's text in the reader's language, built from its code and parameters. */
export function describeIssue(issue: Pick<Issue, 'code' | 'params'>, lang: Lang): string {
  return catalogues[lang][issue.code](issue.params);
}
