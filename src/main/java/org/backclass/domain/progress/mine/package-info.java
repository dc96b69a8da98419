/**
 * "My progress": what a member sees of their own course on the kiosk, after their own tap — the
 * pain trend before and after each session, the days they came, their exercise levels, and
 * whether their pain has changed enough to matter
 * ({@link org.backclass.domain.progress.mine.MinimalImportantChange}). The course is
 * {@link org.backclass.domain.progress.mine.Course}; the read port is
 * {@link org.backclass.domain.progress.mine.MyProgressQueries}.
 */
package org.backclass.domain.progress.mine;
