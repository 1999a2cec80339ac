// Every test file removes the temp folders its tests made (makeTempDir), whether its tests passed or not.
import { removeTempDirs } from './fixtures/tempDirs';

afterAll(removeTempDirs);
