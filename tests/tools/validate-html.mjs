// The W3C Nu HTML Checker (npm vnu-jar, runs on Java) over every page in dist/: zero errors allowed.
import { spawnSync } from 'node:child_process';
import vnu from 'vnu-jar';

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error) {
  const message = 'Java is not installed, so the Nu HTML Checker cannot run (apt-get install default-jre-headless).';
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`${message} Skipped here; CI runs it.`);
  process.exit(0);
}
const run = spawnSync(
  'java',
  ['-Xss1024k', '-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'gnu', 'dist'],
  {
    encoding: 'utf8',
  },
);
const errors = (run.stderr + run.stdout).trim();
if (run.status !== 0 || errors) {
  console.error(`Nu HTML Checker found errors:\n${errors}`);
  process.exit(1);
}
console.log('Nu HTML Checker: no errors in dist/');
