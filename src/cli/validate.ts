import { readFileBytes } from './validate/readFileBytes';
import { runValidate } from './validate/runValidate';

// `npm run validate -- FILE [--json] [--lang en] [--sheet NAME] [--home CC] [--mapping FILE.json] [--map "HEADER=TARGET"]…`
runValidate(process.argv.slice(2), {
  readFile: readFileBytes,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('validate: unexpected failure\n');
    process.exitCode = 2;
  },
);
