import type { MailLanguage } from './kinds'

/** The words of every e-mail, Persian first. Numbers and dates come in already formatted for the language. */
type Words = {
  greeting: (name: string) => string
  footer: string
  settings: string
  unsubscribe: string
  openDocument: string
  openInAdmin: string
  passwordReset: { subject: string; paragraphs: (hours: string) => string[]; action: string }
  welcome: { subject: string; paragraphs: (roles: string) => string[]; action: string; actionFirst: string }
  submitted: { subject: (title: string) => string; paragraphs: (kind: string, title: string, organization: string, date: string) => string[] }
  changesRequested: { subject: (title: string) => string; paragraphs: (kind: string, title: string, reviewer: string, date: string) => string[]; comment: string }
  published: { subject: (title: string) => string; paragraphs: (kind: string, title: string, date: string) => string[] }
  overdue: { subject: (title: string) => string; paragraphs: (kind: string, title: string, due: string, days: string) => string[] }
  editionRetired: { subject: (title: string) => string; paragraphs: (title: string, oldEdition: string, newEdition: string, date: string) => string[]; newEdition: string }
  digest: { subject: (label: string, count: string) => string; paragraphs: (label: string, count: string, period: string) => string[]; periods: Record<'immediate' | 'daily' | 'weekly', string> }
  exchangeAnswer: { subject: (title: string) => string; paragraphs: (direction: string, title: string, from: string, person: string, date: string) => string[]; message: string; open: string }
  exchangeExpiring: { subject: (title: string) => string; paragraphs: (direction: string, title: string, date: string) => string[]; open: string }
}

export const mailWords: Record<MailLanguage, Words> = {
  fa: {
    greeting: (name) => `${name} گرامی،`,
    footer: 'این پیام را هم‌افزا، مخزن دانش شبکه ملی سازمان‌های مردم‌نهاد اشتغال، فرستاده است.',
    settings: 'تنظیم اعلان‌های من',
    unsubscribe: 'لغو این اشتراک با یک کلیک',
    openDocument: 'دیدن سند',
    openInAdmin: 'باز کردن در پنل نویسندگان',
    passwordReset: {
      subject: 'بازنشانی گذرواژه هم‌افزا',
      paragraphs: (hours) => [
        'کسی (به احتمال زیاد خود شما) خواسته است گذرواژه حساب شما در هم‌افزا بازنشانی شود.',
        `با پیوند زیر گذرواژه تازه بگذارید؛ این پیوند تا ${hours} ساعت معتبر است. اگر شما نخواسته‌اید، این پیام را نادیده بگیرید؛ گذرواژه شما تغییری نمی‌کند.`,
      ],
      action: 'گذاشتن گذرواژه تازه',
    },
    welcome: {
      subject: 'حساب شما در هم‌افزا ساخته شد',
      paragraphs: (roles) => [`برای شما در هم‌افزا حسابی با نقش «${roles}» ساخته شد.`, 'با پیوند زیر وارد شوید.'],
      action: 'گذاشتن گذرواژه و ورود',
      actionFirst: 'ورود به پنل نویسندگان',
    },
    submitted: {
      subject: (title) => `منتظر تصمیم شما: «${title}»`,
      paragraphs: (kind, title, organization, date) => [
        `${kind} «${title}» از ${organization} در ${date} برای بازبینی فرستاده شد و منتظر تصمیم شماست.`,
        'می‌توانید آن را بازبینی و منتشر کنید یا با نوشتن توضیح، برای اصلاح بازگردانید.',
      ],
    },
    changesRequested: {
      subject: (title) => `«${title}» برای اصلاح بازگشت`,
      paragraphs: (kind, title, reviewer, date) => [`${reviewer} در ${date} ${kind} «${title}» را برای اصلاح به شما بازگرداند.`],
      comment: 'توضیح بازبین:',
    },
    published: {
      subject: (title) => `«${title}» منتشر شد`,
      paragraphs: (kind, title, date) => [`${kind} «${title}» در ${date} منتشر شد و اکنون در هم‌افزا در دسترس است.`],
    },
    overdue: {
      subject: (title) => `موعد بازنگری «${title}» گذشته است`,
      paragraphs: (kind, title, due, days) => [
        `موعد بازنگری ${kind} «${title}» ${due} بود (${days} روز پیش).`,
        'لطفاً آن را بازخوانی کنید و اگر هنوز درست است، تاریخ بازنگری بعدی را به‌روز کنید.',
      ],
    },
    editionRetired: {
      subject: (title) => `ویرایش تازه‌ای از «${title}» منتشر شد`,
      paragraphs: (title, oldEdition, newEdition, date) => [
        `ویرایش ${oldEdition} برنامه درسی «${title}» که شما دریافت کرده‌اید یا دنبال می‌کنید، در ${date} با انتشار ویرایش ${newEdition} بازنشسته شد.`,
        'برای آموزش، ویرایش تازه را دریافت کنید.',
      ],
      newEdition: 'دیدن ویرایش تازه',
    },
    digest: {
      subject: (label, count) => `${count} سند تازه در «${label}»`,
      paragraphs: (label, count, period) => [`در اشتراک «${label}» (${period}) ${count} سند تازه منتشر شده است:`],
      periods: { immediate: 'بی‌درنگ', daily: 'روزانه', weekly: 'هفتگی' },
    },
    exchangeAnswer: {
      subject: (title) => `پاسخ تازه به «${title}»`,
      paragraphs: (direction, title, from, person, date) => [`${person} از ${from} در ${date} به ${direction} شما «${title}» در بازار منابع شبکه پاسخ داد.`, 'برای ادامهٔ گفت‌وگو مستقیم با او تماس بگیرید.'],
      message: 'پیام:',
      open: 'دیدن پیشنهاد یا نیاز',
    },
    exchangeExpiring: {
      subject: (title) => `«${title}» به‌زودی منقضی می‌شود`,
      paragraphs: (direction, title, date) => [`${direction} «${title}» در بازار منابع شبکه در ${date} منقضی می‌شود و دیگر به اعضا نشان داده نمی‌شود.`, 'اگر هنوز برقرار است، آن را تمدید کنید تا ۹۰ روز دیگر باز بماند.'],
      open: 'دیدن و تمدید',
    },
  },
  en: {
    greeting: (name) => `Dear ${name},`,
    footer: "This message comes from Hamafza, the knowledge commons of Iran's national network of employment NGOs.",
    settings: 'My notification settings',
    unsubscribe: 'Unsubscribe with one click',
    openDocument: 'View the document',
    openInAdmin: "Open in the authors' panel",
    passwordReset: {
      subject: 'Reset your Hamafza password',
      paragraphs: (hours) => [
        'Someone (most likely you) asked to reset the password of your Hamafza account.',
        `Set a new password with the link below; it is valid for ${hours} hours. If it was not you, ignore this message: your password stays as it is.`,
      ],
      action: 'Set a new password',
    },
    welcome: {
      subject: 'Your Hamafza account is ready',
      paragraphs: (roles) => [`An account with the role "${roles}" was created for you on Hamafza.`, 'Sign in with the link below.'],
      action: 'Set your password and sign in',
      actionFirst: "Open the authors' panel",
    },
    submitted: {
      subject: (title) => `Waiting for your decision: "${title}"`,
      paragraphs: (kind, title, organization, date) => [
        `The ${kind.toLowerCase()} "${title}" from ${organization} was submitted for review on ${date} and waits for your decision.`,
        'You can review and publish it, or send it back for changes with a comment.',
      ],
    },
    changesRequested: {
      subject: (title) => `"${title}" was sent back for changes`,
      paragraphs: (kind, title, reviewer, date) => [`${reviewer} sent the ${kind.toLowerCase()} "${title}" back to you for changes on ${date}.`],
      comment: "The reviewer's comment:",
    },
    published: {
      subject: (title) => `"${title}" is published`,
      paragraphs: (kind, title, date) => [`The ${kind.toLowerCase()} "${title}" was published on ${date} and is now available on Hamafza.`],
    },
    overdue: {
      subject: (title) => `"${title}" is overdue for review`,
      paragraphs: (kind, title, due, days) => [
        `The ${kind.toLowerCase()} "${title}" was due for review on ${due} (${days} days ago).`,
        'Please read it again and, if it still holds, update its next review date.',
      ],
    },
    editionRetired: {
      subject: (title) => `A new edition of "${title}" is published`,
      paragraphs: (title, oldEdition, newEdition, date) => [
        `Edition ${oldEdition} of the curriculum "${title}", which you downloaded or follow, was retired on ${date} by the publication of edition ${newEdition}.`,
        'Download the new edition for your teaching.',
      ],
      newEdition: 'View the new edition',
    },
    digest: {
      subject: (label, count) => `${count} new documents in "${label}"`,
      paragraphs: (label, count, period) => [`Your subscription "${label}" (${period}) has ${count} newly published documents:`],
      periods: { immediate: 'immediate', daily: 'daily', weekly: 'weekly' },
    },
    exchangeAnswer: {
      subject: (title) => `A new answer to "${title}"`,
      paragraphs: (direction, title, from, person, date) => [`${person} of ${from} answered your ${direction.toLowerCase()} "${title}" on the network's resource exchange on ${date}.`, 'Contact them directly to take it further.'],
      message: 'Their message:',
      open: 'View the offer or need',
    },
    exchangeExpiring: {
      subject: (title) => `"${title}" expires soon`,
      paragraphs: (direction, title, date) => [`Your ${direction.toLowerCase()} "${title}" on the network's resource exchange expires on ${date} and will no longer be shown to members.`, 'If it still stands, renew it to keep it open for another 90 days.'],
      open: 'View and renew',
    },
  },
}
