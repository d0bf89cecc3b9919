import { describe, expect, it } from 'vitest'

import { canonicalIdentifier, findIdentifiers, isPersonalAddress, isValidNationalId, organizationMailDomains } from './identifiers'

const scripts = {
  latin: (s: string) => s,
  persian: (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))),
  arabicIndic: (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))),
}
const inEveryScript = Object.entries(scripts)

const found = (text: string, context = {}) => findIdentifiers(text, context).map(({ kind, text, value }) => ({ kind, text, value }))

describe('national IDs (کد ملی)', () => {
  it.each(['1234567891', '0062345710', '4425913701', '3315900728'])('%s has a valid check digit', (id) => {
    expect(isValidNationalId(id)).toBe(true)
  })
  it.each(['1234567890', '3315900727', '0000000000', '1111111111', '123456789', '12345678901'])('%s is not a national ID', (id) => {
    expect(isValidNationalId(id)).toBe(false)
  })

  describe.each(inEveryScript)('in %s digits', (_, write) => {
    it('is found in a sentence, as written', () => {
      const id = write('0062345710')
      expect(found(`کد ملی مددجو ${id} است.`)).toEqual([{ kind: 'nationalId', text: id, value: '0062345710' }])
    })
    it('is found as printed on the card, with dashes', () => {
      const id = write('006-234571-0')
      expect(found(`کد ملی: ${id}`)).toEqual([{ kind: 'nationalId', text: id, value: '0062345710' }])
    })
    it('is not found with a wrong check digit, with every digit the same, or inside a longer number', () => {
      expect(found(write('شماره پرونده 1234567890، کد 1111111111 و 0000000000'))).toEqual([])
      expect(found(write('حساب 100623457101 و مبلغ 3.0062345710'))).toEqual([])
    })
  })
})

describe('mobile numbers', () => {
  const written = ['09121234567', '0912 123 4567', '0912-123-4567', '0912.123.4567', '0912 - 123 - 45 67', '(0912) 123 4567', '+989121234567', '+98 912 123 4567', '+98 (0) 912 123 4567', '00989121234567', '0098 912 123 4567']

  describe.each(inEveryScript)('in %s digits', (_, write) => {
    it.each(written)('finds %s', (number) => {
      const text = write(number)
      expect(found(`با شماره ${text} تماس گرفت.`)).toEqual([{ kind: 'mobile', text, value: '09121234567' }])
    })
    it('finds a number written with half-spaces and hidden direction marks between its digits', () => {
      const text = write('0912\u200c123\u200c4567')
      expect(found(`شماره: ${text}`)).toEqual([{ kind: 'mobile', text, value: '09121234567' }])
      const marked = `\u200f${write('0912')}\u200f ${write('123')} ${write('4567')}`
      expect(found(`شماره ${marked}`)).toMatchObject([{ kind: 'mobile', value: '09121234567' }])
    })
    it('does not take a landline, a short number or part of a longer one for a mobile', () => {
      expect(found(write('تلفن دفتر 021-88776655 و کد 0912345 و 0912123456789'))).toEqual([])
    })
  })

  it('finds numbers written in two scripts at once', () => {
    expect(found('۰۹۱۲ 123 ٤٥٦٧')).toEqual([{ kind: 'mobile', text: '۰۹۱۲ 123 ٤٥٦٧', value: '09121234567' }])
  })
})

describe('personal e-mail addresses', () => {
  const roshan = { organizationDomains: ['roshan-ngo.ir'] }

  it('finds a personal address, in any digits', () => {
    expect(found('رایانامه: maryam.rezaei1360@gmail.com', roshan)).toEqual([{ kind: 'email', text: 'maryam.rezaei1360@gmail.com', value: 'maryam.rezaei1360@gmail.com' }])
    expect(found('ali۱۳۶۰@yahoo.com', roshan)).toEqual([{ kind: 'email', text: 'ali۱۳۶۰@yahoo.com', value: 'ali1360@yahoo.com' }])
    expect(found('Write to Sara.K@Partner-Company.com.', roshan)).toEqual([{ kind: 'email', text: 'Sara.K@Partner-Company.com', value: 'sara.k@partner-company.com' }])
  })

  it('leaves the NGO’s own addresses and role addresses alone', () => {
    expect(found('ali.karimi@roshan-ngo.ir و hr@mail.roshan-ngo.ir', roshan)).toEqual([])
    expect(found('info@behzisti.ir، contact@karafarini.org و no-reply@site.ir', roshan)).toEqual([])
  })

  it('a role name at a public mailbox provider is still a person’s mailbox', () => {
    expect(isPersonalAddress('info@gmail.com')).toBe(true)
    expect(isPersonalAddress('info@yahoo.co.uk')).toBe(true)
    expect(isPersonalAddress('info+news@behzisti.ir')).toBe(false)
  })

  it('an NGO writes from its website’s domain and its contact address’s, unless that is a public mailbox', () => {
    expect(organizationMailDomains({ website: 'https://www.roshan-ngo.ir/fa', contact: { email: 'office@roshan.org' } })).toEqual(['roshan-ngo.ir', 'roshan.org'])
    expect(organizationMailDomains({ website: 'not a url', contact: { email: 'roshan.ngo@gmail.com' } })).toEqual([])
  })

  it('a number inside an address is the address, not a mobile', () => {
    expect(found('09121234567@gmail.com')).toEqual([{ kind: 'email', text: '09121234567@gmail.com', value: '09121234567@gmail.com' }])
    expect(found('ali.09121234567@roshan-ngo.ir', roshan)).toEqual([])
  })
})

describe('several identifiers, and the canonical form of an accepted one', () => {
  it('finds each, in order', () => {
    expect(found('کد ۰۰۶۲۳۴۵۷۱۰، همراه ۰۹۱۲۱۲۳۴۵۶۷، نشانی a.b@gmail.com').map((m) => m.kind)).toEqual(['nationalId', 'mobile', 'email'])
  })

  it('one number written two ways has one canonical form', () => {
    expect(canonicalIdentifier('۰۹۱۲ ۱۲۳ ۴۵۶۷')).toEqual({ kind: 'mobile', value: '09121234567' })
    expect(canonicalIdentifier('+98 912 123 4567')).toEqual({ kind: 'mobile', value: '09121234567' })
    expect(canonicalIdentifier('۰۰۶-۲۳۴۵۷۱-۰')).toEqual({ kind: 'nationalId', value: '0062345710' })
    expect(canonicalIdentifier('Info@Roshan-NGO.ir')).toEqual({ kind: 'email', value: 'info@roshan-ngo.ir' })
    expect(canonicalIdentifier('hello')).toBeNull()
  })

  it('plain prose, dates, counts and years hold no identifier', () => {
    expect(found('از ۲۴ نفر، ۲۱ نفر دوره را در سال ۱۴۰۲ به پایان رساندند؛ درآمد ۵۵ درصد و ۱۲٬۵۰۰٬۰۰۰ ریال بیشتر شد (۱۴۰۱/۰۷/۰۱ تا ۱۴۰۲/۰۶/۳۱).')).toEqual([])
  })
})
