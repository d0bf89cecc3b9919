import { codeOf, CodedError } from '../errors'
import type { Label } from '../i18n/labels'
import { exchangeWords } from './words'

export type ExchangeRefusalReason = keyof typeof exchangeWords.refusals

/** A request on the exchange the network will not carry out, with its HTTP status and its words in both languages. */
export class ExchangeRefusal extends CodedError {
  override name = 'ExchangeRefusal'
  readonly code = 'exchange_refused' as const
  readonly messages: Label

  constructor(
    readonly status: number,
    readonly reason: ExchangeRefusalReason,
  ) {
    super(exchangeWords.refusals[reason].en)
    this.messages = exchangeWords.refusals[reason]
  }
}

export const isExchangeRefusal = (error: unknown): error is ExchangeRefusal => codeOf(error) === 'exchange_refused'
