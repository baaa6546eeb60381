package org.adoptsim.cli.yaml;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * A Jackson YAML factory whose parsers also report the anchor ({@code &name}) of scalars: Jackson's
 * own parser reports anchors of mappings and lists only, but an alias may name any node. Reads only
 * through a {@link Reader}.
 */
final class AnchoredYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    AnchoredYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) {
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }

    /** The parser, with the anchor of the node it last reported. */
    static final class Parser extends YAMLParser {
        Parser(IOContext ctxt, int parserFeatures, int formatFeatures, org.yaml.snakeyaml.LoaderOptions options,
                com.fasterxml.jackson.core.ObjectCodec codec, Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
        }

        /** The anchor of the current node (not of an alias), or null. */
        String anchor() {
            return !isCurrentAlias() && _lastEvent instanceof NodeEvent e ? e.getAnchor() : null;
        }
    }
}
