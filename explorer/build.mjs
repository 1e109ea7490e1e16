// Bundles src/graph-lib.js into app/static/vendor/graph-lib.js, an ES module the page
// imports. The output is committed, so serving the page needs no npm.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

await build({
  entryPoints: [here("src/graph-lib.js")],
  outfile: here("../app/static/vendor/graph-lib.js"),
  bundle: true,
  format: "esm",
  minify: true,
  legalComments: "eof",
  target: "es2020",
  logLevel: "info",
});
