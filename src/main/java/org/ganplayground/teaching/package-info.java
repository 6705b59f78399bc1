/**
 * A teacher's tools for a class in session: the live board of the class's runs, showing one run to
 * everyone, sending an experiment to every playground; and a class's data: exports of a learner or
 * a whole class, ending and deleting it (with classroom's ClassLifecycle). Depends on classroom,
 * training and lessons; nothing depends on it (see ArchitectureTest).
 */
package org.ganplayground.teaching;
