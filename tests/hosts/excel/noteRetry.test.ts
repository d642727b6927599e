/** Only a note or comment conflict is retried (issue 16 §9: it used to retry on any InvalidArgument). */
import { isNoteConflict } from '../../../src/hosts/excel/noteRetry';
import { FakeOfficeError } from '../../fakes/fakeExcel';

test('a note/comment error is retried; a bad address or value elsewhere is not', () => {
  expect(isNoteConflict(new FakeOfficeError('InvalidArgument', 'has a note', 'NoteCollection.add'))).toBe(true);
  expect(isNoteConflict(new FakeOfficeError('ItemNotFound', 'gone', 'Comment.content'))).toBe(true);
  expect(isNoteConflict(new FakeOfficeError('ItemNotFound', 'gone'))).toBe(true);
  expect(isNoteConflict(new FakeOfficeError('InvalidArgument', 'bad size', 'Range.values'))).toBe(false);
  expect(isNoteConflict(new FakeOfficeError('InvalidArgument', 'no location'))).toBe(false);
  expect(isNoteConflict(new FakeOfficeError('GeneralException', 'x', 'NoteCollection.add'))).toBe(false);
});
