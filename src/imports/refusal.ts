import { codeOf, CodedError } from '../errors'
import { importRefusals, type ImportRefusalKey } from '../i18n/importMessages'
import type { Language } from '../i18n/requestLanguage'

type Args<K extends ImportRefusalKey> = Parameters<(typeof importRefusals)[K]['fa']>

/** A file or a record the import will not take, with its HTTP status and its words in both languages. */
export class ImportRefusal extends CodedError {
  override name = 'ImportRefusal'
  readonly code = 'import_refused' as const
  readonly messages: Record<Language, string>

  constructor(
    readonly status: number,
    readonly reason: ImportRefusalKey,
    messages: Record<Language, string>,
  ) {
    super(messages.en)
    this.messages = messages
  }
}

export const refusal = <K extends ImportRefusalKey>(status: number, reason: K, ...args: Args<K>): ImportRefusal => {
  const words = importRefusals[reason] as unknown as Record<Language, (...a: Args<K>) => string>
  return new ImportRefusal(status, reason, { fa: words.fa(...args), en: words.en(...args) })
}

/** The import's own refusal, recognised by its code whichever chunk of the build made it. */
export const isImportRefusal = (error: unknown): error is ImportRefusal => codeOf(error) === 'import_refused'
