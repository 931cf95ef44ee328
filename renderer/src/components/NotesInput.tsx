import { Textarea, type TextareaProps } from '@mantine/core';

/** A form's free text (notes, a summary, a reflection): two lines to start, growing with what is typed up to six. */
export function NotesInput(props: Omit<TextareaProps, 'autosize'>) {
  return <Textarea autosize minRows={2} maxRows={6} {...props} />;
}
