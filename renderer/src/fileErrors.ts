/** How a failed file operation is told to the user: one wording for every open, save, import and export. */
import type { FileError, FileProblem } from '../../shared';
import { useStore } from './store/store';

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The problems to show for a file error, or null when there is nothing to say (the user cancelled). */
export function fileErrorProblems(error: FileError): readonly FileProblem[] | null {
  switch (error.code) {
    case 'cancelled':
      return null;
    case 'invalid':
      return error.problems;
    case 'too-large':
      return [{ path: '(file)', message: `The file is ${mb(error.bytes)}; OrgSim handles files up to ${mb(error.limit)}.` }];
    case 'io':
    case 'read-only':
      return [{ path: '(file)', message: error.message }];
    case 'bad-request':
      return [{ path: '(request)', message: error.message }];
  }
}

/** Show a file error in the problems dialog under `title` ("Can't open this file"); a cancel shows nothing. */
export function reportFileError(error: FileError, title: string, fileName = 'path' in error ? error.path : ''): void {
  const problems = fileErrorProblems(error);
  if (problems) useStore.getState().showProblems({ title, fileName, problems });
}
