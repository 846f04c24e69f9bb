import type { Issue } from './Issue';
import { issueMessagesEn } from './issueMessagesEn';
import { issueMessagesFr } from './issueMessagesFr';
import type { Language } from '../messages/Language';

const catalogues = { fr: issueMessagesFr, en: issueMessagesEn } as const;

/** The issue's text in the reader's language, built from its code and parameters. */
export function describeIssue(issue: Pick<Issue, 'code' | 'params'>, lang: Language): string {
  return catalogues[lang][issue.code](issue.params);
}
