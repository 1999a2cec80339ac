// The floor for `task-check --out`: what merely reading and writing the same workbook with ExcelJS costs, run as its
// own node process like the command line. Plain JavaScript so that no compile step is counted against the floor.
// Usage: node bench/exceljsFloor.js <in.xlsx> <out.xlsx>
const fs = require('fs');
const ExcelJS = require('exceljs');

async function main(input, output) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(input));
  fs.writeFileSync(output, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

main(process.argv[2], process.argv[3]).catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
