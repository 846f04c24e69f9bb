import { Combobox, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { countryName } from '@/domain';
import { useI18n } from '../i18n/I18nContext';
import { filterCountries } from './countryOptions';

type CountryComboboxProps = { value: string; onValueChange: (code: string) => void };

/** A searchable list of countries by their names in the pane's language; the value is the ISO code. */
export function CountryCombobox({ value, onValueChange }: CountryComboboxProps) {
  const { t, language } = useI18n();
  const nameOfValue = value === '' ? '' : countryName(value, language);
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed ?? nameOfValue;
  const matches = filterCountries(typed ?? '', language);
  return (
    <Combobox
      value={shown}
      selectedOptions={value === '' ? [] : [value]}
      placeholder={t.clients.form.countryPlaceholder}
      onChange={(event) => setTyped(event.target.value)}
      onOptionSelect={(_event, data) => {
        // Emptying the text clears the selection (no option value): the typed text stays.
        if (data.optionValue === undefined) return;
        setTyped(null);
        onValueChange(data.optionValue);
      }}
      onBlur={() => setTyped(null)}
    >
      {matches.length === 0 ? (
        <Option disabled value="" text="">
          {t.clients.form.noCountry}
        </Option>
      ) : (
        matches.map((option) => (
          <Option key={option.code} value={option.code} text={option.name}>
            {option.name}
          </Option>
        ))
      )}
    </Combobox>
  );
}
