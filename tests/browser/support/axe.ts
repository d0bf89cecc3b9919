import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

export type AxeFinding = { id: string; impact: string; help: string; nodes: string[] }

/**
 * The serious and critical WCAG 2.x A/AA violations axe-core finds on the page as it is now, each with the
 * selectors of the elements at fault, so a failing test says what to fix. `within` checks one part of the
 * page alone: this project's own piece of a page it does not otherwise draw (Payload's admin).
 */
export const seriousViolations = async (page: Page, { within }: { within?: string } = {}): Promise<AxeFinding[]> => {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
  const results = await (within ? builder.include(within) : builder).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }))
}
