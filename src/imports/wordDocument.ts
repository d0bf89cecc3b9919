import mammoth from 'mammoth'

/** A picture found in the Word file, in the order it appears; the HTML points at it by its index. */
export type WordImage = { index: number; bytes: Buffer; contentType: string; alt: string }

export type WordHtml = { html: string; images: WordImage[] }

/** The address an image carries in the converted HTML until it is uploaded and becomes an upload node. */
export const imagePlaceholder = (index: number) => `hamafza-import-image:${index}`

// Word's "Title" style is the document's own title; mammoth's default map knows only Heading 1–6.
const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"]

/**
 * The Word document as semantic HTML (headings, paragraphs, bold and italic, lists, tables, links), by
 * mammoth, which reads the document's structure rather than its looks. Pictures are kept aside, in order.
 */
export const wordToHtml = async (bytes: Buffer): Promise<WordHtml> => {
  const images: WordImage[] = []
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      styleMap,
      convertImage: mammoth.images.imgElement(async (image) => {
        const index = images.length
        // mammoth sets the alt attribute itself from the picture's description; its types do not show the field.
        const alt = (image as { altText?: string }).altText ?? ''
        images.push({ index, bytes: await image.readAsBuffer(), contentType: image.contentType, alt })
        return { src: imagePlaceholder(index) }
      }),
    },
  )
  return { html: result.value, images }
}
