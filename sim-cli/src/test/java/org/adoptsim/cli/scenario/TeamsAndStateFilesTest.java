package org.adoptsim.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.TeamField;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Teams spreadsheets with attribute columns, and state files, as a planner writes them. */
class TeamsAndStateFilesTest {
    @TempDir
    Path dir;

    private LoadedScenario load(String teams, String yaml) throws IOException {
        Files.writeString(dir.resolve("teams.csv"), teams);
        return Yaml.load("organisation: {teamsFile: teams.csv}\n" + yaml, dir);
    }

    private String error(String teams, String yaml) {
        return assertThrows(LocatedException.class, () -> load(teams, yaml)).getMessage();
    }

    private String stateError(String state, String yaml) throws IOException {
        Files.writeString(dir.resolve("state.csv"), state);
        return error(TEAMS, "start: {week: 30, stateFile: state.csv}\n" + yaml);
    }

    private static final String TEAMS = """
            name,department,archetype,effort,capacity,proof_needed
            alpha,payments,believer,120,,
            beta,payments,,,30,2
            gamma,search,holdout,,,
            delta,,pragmatist,500,,
            """;

    @Test
    void attributeColumnsAreKnownAndBlankCellsAreDrawn() throws IOException {
        Organisation o = load(TEAMS, "").scenario().organisation();
        assertEquals(2, o.departments(), "the department column names two");
        assertEquals(0, o.known().department(1));
        assertEquals(1, o.known().department(2));
        assertEquals(-1, o.known().department(3));
        assertEquals(Archetype.HOLDOUT, o.known().archetype(2));
        assertEquals(null, o.known().archetype(1));
        assertEquals(120, o.known().value(TeamField.EFFORT, 0));
        assertTrue(Double.isNaN(o.known().value(TeamField.EFFORT, 1)));
        Org org = OrgFactory.draw(o, new RandomStreams(1, 0));
        assertEquals(500, org.effort(3));
        assertEquals(30, org.capacity(1));
        assertEquals(2, org.proofNeeded(1));
        assertEquals(Archetype.HOLDOUT, org.archetype(2));
    }

    @Test
    void anAllBlankSpreadsheetGivesTheSameOrganisationAsNames() throws IOException {
        Organisation blank = load("name,department,archetype,effort,threshold\na,,,,\nb,,,,\nc,,,,\n", "")
                .scenario().organisation();
        Organisation names = load("name\na\nb\nc\n", "").scenario().organisation();
        Org x = OrgFactory.draw(blank, new RandomStreams(3, 2));
        Org y = OrgFactory.draw(names, new RandomStreams(3, 2));
        for (int i = 0; i < 3; i++) {
            assertEquals(y.effort(i), x.effort(i));
            assertEquals(y.threshold(i), x.threshold(i));
            assertEquals(y.archetype(i), x.archetype(i));
            assertEquals(y.department(i), x.department(i));
        }
    }

    @Test
    void badSpreadsheetsGetLocatedErrors() throws IOException {
        assertEquals("teams.csv:3:3: effort: expected a number >= 0, or a blank cell to draw it",
                error("name,effort\na,1\nb,lots\n", ""));
        assertEquals("teams.csv:2:3: effort: expected a number >= 0 without a minus sign, or a blank cell to draw it",
                error("name,effort\na,-5\n", ""));
        assertEquals("teams.csv:2:3: effort: expected a number >= 0 without a minus sign, or a blank cell to draw it",
                error("name,effort\na,-0\n", ""));
        assertEquals("teams.csv:2:3: effort: expected a number >= 0, or a blank cell to draw it",
                error("name,effort\na,NaN\n", ""));
        assertEquals("teams.csv:2:3: proof_needed: expected a whole number >= 0, or a blank cell to draw it",
                error("name,proof_needed\na,1.5\n", ""));
        assertEquals("teams.csv:2:3: capacity: expected a number > 0 (hours a week), or a blank cell to draw it",
                error("name,capacity\na,0\n", ""));
        assertEquals("teams.csv:2:3: archetype: unknown archetype 'belever'; did you mean 'believer'?",
                error("name,archetype\na,belever\n", ""));
        assertEquals("teams.csv:3:1: organisation.teamsFile: team name 'b\\u0000c' holds control characters",
                error("name,effort\na,1\nb\u0000c,2\n", ""), "a NUL in a name was accepted");
        assertEquals("teams.csv:2:1: organisation.teamsFile: team name 'a\\u001bx' holds control characters",
                error("name\na\u001bx\n", ""));
        // A column named twice took the first silently: here the archetypes were dropped unseen.
        assertEquals("teams.csv:1:17: department: the header names this column twice (first as column 2)",
                error("name,department,Department\na,pay,believer\n", ""));
        assertEquals("teams.csv:1:8: name: the header names this column twice (first as column 1)",
                error("name,x,name\na,1,b\n", ""));
        // A problem with the file's form names the field that names the file; it named none.
        assertEquals("teams.csv:3:1: organisation.teamsFile: row has 1 fields but the header has 2",
                error("name,effort\na,1\nb\n", ""));
        assertEquals("teams.csv:2:1: organisation.teamsFile: a quoted field is not closed", error("name\n\"a\n", ""));
        assertEquals("teams.csv:1:1: organisation.teamsFile: the file has no header row", error("", ""));
        Files.write(dir.resolve("state.csv"), new byte[] {'t', 'e', 'a', 'm', '\n', 'a', (byte) 0xff, '\n'});
        assertEquals("state.csv:2:2: start.stateFile: not valid UTF-8 text",
                error(TEAMS, "start: {week: 30, stateFile: state.csv}\n"));
        String secret = error("name,effort\na,sk-live-0123456789abcdef\n", "");
        assertFalse(secret.contains("sk-live"), "a cell's content is not repeated: " + secret);
    }

    @Test
    void aStateFileSetsTheStartingPoint() throws IOException {
        Files.writeString(dir.resolve("state.csv"), """
                team,status,progress,done_week,champion,coalition
                alpha,done,1,12,true,true
                beta,migrating,0.5,,,
                gamma,blocked,0.1,,,
                """);
        ObservedState s = load(TEAMS, "start: {week: 30, stateFile: state.csv, tools: [scripts], dashboard: true,"
                + " maturity: 0.6}\n").scenario().start();
        assertEquals(30, s.week());
        assertEquals(ObservedState.Status.DONE, s.status(0));
        assertEquals(12, s.doneWeek(0));
        assertTrue(s.champion(0));
        assertTrue(s.coalitionMember(0));
        assertEquals(0.5, s.progress(1));
        assertEquals(ObservedState.Status.BLOCKED, s.status(2));
        assertEquals(ObservedState.Status.IDLE, s.status(3));
        assertTrue(s.tools().contains(Tool.SCRIPTS));
        assertTrue(s.dashboard());
        assertEquals(0.6, s.maturity());
    }

    @Test
    void inconsistentStatesGetLocatedErrors() throws IOException {
        assertEquals("state.csv:2:12: progress: expected 1 for a done team (its migration is finished), or a status"
                + " that is not done", stateError("team,status,progress,done_week\nalpha,done,0.5,3\n", ""));
        assertEquals("state.csv:2:1: team: unknown team 'alfa' (the teams file names 4, none close to it)",
                stateError("team,status\nalfa,idle\n", ""));
        assertEquals("state.csv:2:7: status: unknown status 'finished' (expected one of: idle, willing, migrating,"
                + " blocked, done, dual)", stateError("team,status\nalpha,finished\n", ""));
        assertEquals("state.csv:2:14: done_week: expected the week the done team finished",
                stateError("team,status,progress,done_week\nalpha,done,1,\n", ""));
        assertEquals("state.csv:2:14: done_week: expected a week before the current week 30 (the team finished in"
                + " week 31)", stateError("team,status,progress,done_week\nalpha,done,1,31\n", ""));
        assertEquals("state.csv:3:1: team: team 'alpha' is listed twice",
                stateError("team,status\nalpha,idle\nalpha,willing\n", ""));
        assertEquals("state.csv:2:7: status: a team is dual only after a mandate, but strategy 'announce-and-hope'"
                + " has none; compare such strategies from a state without dual teams",
                stateError("team,status,progress\nalpha,dual,0.3\n", ""));
        assertEquals("state.csv:2:17: champion: expected false or a blank cell: only a done team can be a champion",
                stateError("team,status,champion\nalpha,migrating,true\n", ""));
    }

    private static final String FUNCTIONS = "functions:\n  security: {}\n  budget: {stage: start}\n";

    @Test
    void aStateFileListsTheSignOffsEachTeamHasAlready() throws IOException {
        Files.writeString(dir.resolve("state.csv"), """
                team,status,progress,signed_off
                alpha,migrating,0.5,budget
                beta,migrating,1,budget; security
                gamma,willing,,
                """);
        ObservedState s = load(TEAMS, "start: {week: 30, stateFile: state.csv}\n" + FUNCTIONS).scenario().start();
        assertEquals(java.util.List.of("budget"), s.signedOff(0));
        assertEquals(java.util.List.of("budget", "security"), s.signedOff(1));
        assertEquals(java.util.List.of(), s.signedOff(2));
        assertEquals(java.util.List.of(), s.signedOff(3));
    }

    @Test
    void signOffsOfUnknownFunctionsGetLocatedErrors() throws IOException {
        assertEquals("state.csv:2:17: signed_off: unknown function 'securty'; did you mean 'security'?",
                stateError("team,status,signed_off\nalpha,migrating,securty\n", FUNCTIONS));
        assertEquals("state.csv:2:17: signed_off: function 'budget' is listed twice",
                stateError("team,status,signed_off\nalpha,migrating,budget;budget\n", FUNCTIONS));
        assertEquals("state.csv:2:17: signed_off: expected a blank cell: the scenario declares no functions",
                stateError("team,status,signed_off\nalpha,migrating,budget\n", ""));
    }
}
