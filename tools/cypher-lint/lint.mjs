// Lints a batch of Cypher statements with Neo4j's own Cypher language library.
//
// stdin:  {"NAME": "CYPHER STATEMENT", ...}
// stdout: {"NAME": [{"severity", "message", "offsets": {"start", "end"}, "line", "column"}], ...}
// Exit status: 0 when no statement has an error, 1 when one has, 2 on unusable input.
import { createRequire } from 'node:module';

// This release's ESM entry uses extensionless imports that Node cannot resolve,
// so the bundled CommonJS build is loaded instead.
const require = createRequire(import.meta.url);
const { lintCypherQuery, parseParameters, parseStatementsStrs } = require(
  '@neo4j-cypher/language-support',
);

// Names of the graph model (docs/graph-model.md), so that misspelt labels and types come
// back as warnings.
const GRAPH_SCHEMA = {
  labels: ['Person', 'Country', 'Organization', 'Place', 'Event', 'Meeting', 'Article', 'IngestRun'],
  relationshipTypes: [
    'MET',
    'ATTENDED',
    'AT',
    'DURING',
    'MEMBER_OF',
    'HOLDS_ROLE',
    'REPORTS',
    'IN_COUNTRY',
    'HELD_AT',
    'ORGANIZED_BY',
  ],
  defaultLanguage: 'CYPHER 5',
};

// LSP DiagnosticSeverity codes.
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function problem(message, end = 0) {
  return { severity: 'error', message, offsets: { start: 0, end }, line: 1, column: 1 };
}

function lintStatement(query) {
  if (typeof query !== 'string' || query.trim() === '') {
    return [problem('Expected a non-empty Cypher statement.')];
  }
  // Parameter values are only known when the statement runs: declare every
  // parameter the statement uses, so only real problems are reported.
  const parameters = Object.fromEntries(parseParameters(query, false).map((p) => [p, null]));
  const diagnostics = lintCypherQuery(query, { ...GRAPH_SCHEMA, parameters }, false).map((d) => ({
    severity: SEVERITY[d.severity] ?? String(d.severity),
    message: d.message,
    offsets: d.offsets,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
  }));
  // The driver sends one statement per query; a second one is refused by the server.
  const statements = parseStatementsStrs(query).length;
  if (statements > 1) {
    diagnostics.push(problem(`Expected one statement, found ${statements}.`, query.length));
  }
  return diagnostics;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

let batch;
try {
  batch = JSON.parse(await readStdin());
} catch (error) {
  process.stderr.write(`cypher-lint: stdin is not JSON: ${error.message}\n`);
  process.exit(2);
}
if (batch === null || typeof batch !== 'object' || Array.isArray(batch)) {
  process.stderr.write('cypher-lint: expected a JSON object {name: statement} on stdin\n');
  process.exit(2);
}

const report = Object.fromEntries(
  Object.entries(batch).map(([name, query]) => [name, lintStatement(query)]),
);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
const failed = Object.values(report).some((ds) => ds.some((d) => d.severity === 'error'));
process.exitCode = failed ? 1 : 0;
