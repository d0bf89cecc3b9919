import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { validateXML } from 'xmllint-wasm'

const dir = path.resolve(__dirname, '../fixtures/oai')
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
 * Validates an answer against the official OAI-PMH 2.0 schema, and its records against oai_dc (the protocol's
 * schema checks every record's metadata strictly): the schema errors, none when it is valid.
 */
export const oaiSchemaErrors = async (xml: string): Promise<string[]> => {
  schemas ??= Promise.all(files.map(async (fileName) => ({ fileName, contents: await readFile(path.join(dir, fileName), 'utf8') })))
  const result = await validateXML({
    xml: [{ fileName: 'answer.xml', contents: xml }],
    schema: [{ fileName: 'harvest.xsd', contents: entry }],
    preload: await schemas,
  })
  return result.valid ? [] : result.errors.map((error) => error.rawMessage)
}
