package org.adoptsim.cli.sweep;

import org.adoptsim.cli.options.QuietOption;
import org.adoptsim.cli.text.Count;
import org.adoptsim.cli.options.Invocation;
import picocli.CommandLine.Mixin;
import org.adoptsim.cli.options.OutOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.adoptsim.cli.output.FolderLock;
import org.adoptsim.cli.sweep.io.ShardMerger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code adoptsim merge}: joins the shards of one sweep into one result. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Merge the shards of a sweep into one result, checking they are all there.",
        description = {"Merge the shard directories of one sweep (adoptsim sweep --shard K/N) into one directory "
            + "whose tables equal, byte for byte, those of the same sweep run unsharded. Checks that the shards "
            + "belong to the same sweep and are all there and complete, and says what is missing otherwise."},
        footer = {"", "Examples:",
            "  adoptsim merge out/big-1 out/big-2 out/big-3 out/big-4 --out out/big",
            "  adoptsim merge out/big-* --out out/big",
            "", "Exit codes: 0 merged, 2 bad input (missing, incomplete or foreign shards),",
            "1 internal error."})
public final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "the shard directories, in any order")
    List<Path> shards;

    @Mixin
    OutOption out;

    @Mixin
    QuietOption quietOption;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<ShardMerger.Part> parts = ShardMerger.check(shards);
        if (!out.given()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required option: '--out=DIR' (where to write the merged sweep)");
        }
        Path target = out.folder(() -> null);
        try (FolderLock lock = FolderLock.acquire(target, "merge")) {
            ShardMerger.merge(parts, target, Invocation.text(spec));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + target + ": " + org.adoptsim.cli.IoMessages.describe(e), e);
        }
        PrintWriter summary = quietOption.summary(err);
        summary.println("merged " + Count.of(parts.size(), "shard", "shards") + " of sweep '" + parts.get(0).manifest().name()
                + "' into " + target + "; next: adoptsim analyze " + target);
        summary.flush();
        return 0;
    }
}
