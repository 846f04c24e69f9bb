// `npm run corpus [-- --verbose]`: the header engine's figures on the corpus of real exports (test/fixtures/real).
import { formatCorpusScore, scoreCorpus } from '../test/domain/support/realCorpus';

process.stdout.write(formatCorpusScore(scoreCorpus(), process.argv.includes('--verbose')));
