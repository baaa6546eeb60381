package org.adoptsim.cli.scenario;

import org.adoptsim.cli.scenario.shape.JsonSchemaWriter;

/** The published JSON Schema of the scenario format ({@code docs/scenario.schema.json}), from the mappers' shapes. */
public final class ScenarioSchema {
    public static final String ID = "urn:adoptsim:scenario";
    public static final String TITLE = "adoptsim scenario";

    private ScenarioSchema() {
    }

    /** The schema document, pretty-printed, ending in a newline. */
    public static String text() {
        return JsonSchemaWriter.text(ScenarioMapper.SHAPE, ID, TITLE);
    }
}
