import type { ReactNode, Ref } from 'react';
import { Badge, Body1, Caption1, Link, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { countryName, formatPhoneInternational, formatVatNumber, type ColumnKey } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { clientDisplayName } from './clientDisplayName';
import { focusOnMount } from './focusOnMount';
import { formatDay } from './formatDateTime';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  name: { ...typographyStyles.subtitle2, margin: 0 },
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(7rem, auto) 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  // A client code ("CL-000136") never breaks at its hyphen.
  code: { whiteSpace: 'nowrap' },
});

type Values = Partial<Record<ColumnKey, string | null>>;
type ClientProfileViewProps = {
  values: Values;
  foreign: boolean;
  /** The name heading (focusable, tabIndex -1); by default it takes the focus when the profile appears. */
  headingRef?: Ref<HTMLHeadingElement>;
};

/** A client's information and contact details: tel:/mailto: links, address, the "Client étranger" badge. */
export function ClientProfileView({ values, foreign, headingRef = focusOnMount }: ClientProfileViewProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const profile = t.clients.profile;
  const country = (code: string | null | undefined) => (code ? countryName(code, language) : profile.empty);
  const text = (key: ColumnKey) => values[key] || profile.empty;
  const address = [
    values.address,
    [values.postalCode, values.city].filter(Boolean).join(' '),
    values.country ? countryName(values.country, language) : '',
  ]
    .filter(Boolean)
    .join('\n');
  const row = (label: string, content: ReactNode) => (
    <>
      <dt className={styles.term}>{label}</dt>
      <dd className={styles.value}>{content}</dd>
    </>
  );
  const link = (href: string | null | undefined, scheme: 'tel:' | 'mailto:') =>
    href ? <Link href={`${scheme}${href}`}>{href}</Link> : profile.empty;
  // Phones dial their E.164 and read in international format (+41 22 310 45 67).
  const phoneLink = (e164: string | null | undefined) =>
    e164 ? <Link href={`tel:${e164}`}>{formatPhoneInternational(e164)}</Link> : profile.empty;
  return (
    <article className={styles.view} aria-label={clientDisplayName(values)}>
      <div className={styles.heading}>
        <h3 className={styles.name} tabIndex={-1} ref={headingRef}>
          {/* The civility in the pane's language (Mme → Ms in English); an unknown one as stored. */}
          {[values.title ? (t.clients.form.titles[values.title] ?? values.title) : null, values.firstName, values.lastName]
            .filter(Boolean)
            .join(' ')}
        </h3>
        {values.company && <Body1>{values.company}</Body1>}
        {foreign && (
          <div>
            <Badge appearance="filled" color="informative">
              {profile.foreignBadge}
            </Badge>{' '}
            <Caption1>{profile.foreignDetails(country(values.nationality), country(values.practiceCountry))}</Caption1>
          </div>
        )}
      </div>
      <section aria-label={profile.contact}>
        <Body1 as="h4">{profile.contact}</Body1>
        <dl className={styles.list}>
          {row(t.clients.fields.email, link(values.email, 'mailto:'))}
          {row(t.clients.fields.phone, phoneLink(values.phone))}
          {row(t.clients.fields.mobile, phoneLink(values.mobile))}
          {row(t.clients.fields.address, address || profile.empty)}
        </dl>
      </section>
      <section aria-label={profile.information}>
        <Body1 as="h4">{profile.information}</Body1>
        <dl className={styles.list}>
          {row(t.clients.fields.code, <span className={styles.code}>{text('code')}</span>)}
          {row(t.clients.fields.vatNumber, values.vatNumber ? formatVatNumber(values.vatNumber) : profile.empty)}
          {row(t.clients.fields.nationality, country(values.nationality))}
          {row(t.clients.fields.practiceCountry, country(values.practiceCountry))}
          {row(t.clients.fields.language, values.language ? (profile.languages[values.language] ?? values.language) : profile.empty)}
          {row(t.clients.fields.birthDate, values.birthDate ? formatDay(values.birthDate, language) : profile.empty)}
          {row(t.clients.fields.notes, text('notes'))}
        </dl>
      </section>
    </article>
  );
}
