import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

/**
 * The layout of the summary's lists of rows to decide (ConflictList, DuplicateList): the list and its title, each row
 * under a thin rule, and the rows of buttons (wrapping in a narrow pane).
 */
export const useChoiceListStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  row: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    ...shorthands.borderTop(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  /** The list's title: no browser margin (the list's gap spaces it). */
  heading: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});
