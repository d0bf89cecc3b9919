/** Review comments the seed itself writes, in the network's language. */
export const seedNotes = {
  resync: 'به‌روزرسانی محتوای نمایشی با آخرین نسخه داده‌های نمونه.',
}
