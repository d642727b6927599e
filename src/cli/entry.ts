/** The command's process entry (bundled as release/ziping.js): runs main with the real argv and sets the exit code. */
import { main } from './main';

main(process.argv).then((code) => {
  process.exitCode = code;
});
