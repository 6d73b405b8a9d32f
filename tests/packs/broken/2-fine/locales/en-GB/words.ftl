fine-title = A fine course
fine-summary = It loads, whatever the pack beside it.
fine-lesson-title = A fine lesson
fine-lesson-text = This pack loads even when another pack is broken.
