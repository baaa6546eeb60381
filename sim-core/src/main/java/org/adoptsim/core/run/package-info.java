/**
 * Running many: {@code Replicate} draws one organisation and runs every strategy on it with the same
 * streams (common random numbers); {@code Ensemble} runs replicates on the calling thread and helper
 * threads kept between runs, and hands them over in replicate order ({@code OrderedWork}), so results
 * do not depend on the thread count. The
 * ordered hand-over is written here because {@code java.util.concurrent} offers no bounded,
 * in-order completion queue.
 *
 * <p>May use: {@code config}, {@code org}, {@code random}, {@code engine}, {@code result}. Libraries:
 * none beyond the JDK.
 */
package org.adoptsim.core.run;
