import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { validateXML } from 'xmllint-wasm'

const dir = fileURLToPath(new URL('../fixtures/oai/', import.meta.url))
const files = ['xml.xsd', 'simpledc20021212.xsd', 'oai_dc.xsd', 'OAI-PMH.xsd'] as const

// The official schemas import each other by their web addresses, which this machine cannot reach: one schema of
// the test's own imports the local copies first, in dependency order, and libxml2 then skips the remote imports
// of namespaces it already has (its "Skipping import" warnings).
const entry = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml.xsd"/>
  <xs:import namespace="http://purl.org/dc/elements/1.1/" schemaLocation="simpledc20021212.xsd"/>
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/" schemaLocation="oai_dc.xsd"/>
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/" schemaLocation="OAI-PMH.xsd"/>
</xs:schema>`

let schemas: Promise<{ fileName: string; contents: string }[]> | undefined

/**
 * Validates answers against the official OAI-PMH 2.0 schema, and their records against oai_dc (the protocol's
 * schema checks every record's metadata strictly): the schema errors, each naming its file, none when all are
 * valid. One call checks many answers, in one start of the validator.
 */
export const oaiSchemaErrors = async (answers: { fileName: string; contents: string }[]): Promise<string[]> => {
  if (answers.length === 0) return []
  schemas ??= Promise.all(files.map(async (fileName) => ({ fileName, contents: await readFile(path.join(dir, fileName), 'utf8') })))
  const result = await validateXML({
    xml: answers,
    schema: [{ fileName: 'harvest.xsd', contents: entry }],
    preload: await schemas,
  })
  return result.valid ? [] : result.errors.map((error) => error.rawMessage)
}
