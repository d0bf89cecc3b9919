import type { Locale } from '../locale'
import { noticesText } from '../text/notices'
import { frequencies, type Frequency } from '../../subscriptions/manage'

/** How often a subscription's e-mails come: its label and select, as every subscription form asks it. */
export function FrequencyField({ id, locale, value = 'weekly' }: { id: string; locale: Locale; value?: Frequency }) {
  return (
    <>
      <label htmlFor={id}>{noticesText.frequency[locale]}</label>{' '}
      <select id={id} name="frequency" defaultValue={value}>
        {frequencies.map((frequency) => (
          <option key={frequency} value={frequency}>
            {noticesText[frequency][locale]}
          </option>
        ))}
      </select>
    </>
  )
}
