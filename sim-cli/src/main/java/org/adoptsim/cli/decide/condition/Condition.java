package org.adoptsim.cli.decide.condition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A parsed condition. {@link #bind} turns it into a test of a row of numbers, given the column names.
 * A missing value (NaN: a milestone not reached by the horizon) counts as later, larger, than any
 * number, as everywhere in adoptsim's comparisons. Immutable.
 */
public final class Condition {
    private final String text;
    private final Node root;

    private Condition(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** Parses {@code text}; a syntax error is a {@link ConditionException}. */
    public static Condition parse(String text) {
        Parser p = new Parser(text);
        Node n = p.or();
        if (p.peek().kind != Kind.END) {
            throw new ConditionException(p.peek().at, "unexpected '" + p.peek().text + "'; expected && or || or the end");
        }
        return new Condition(text, n);
    }

    public String text() {
        return text;
    }

    /** The column names the condition reads, in order of first use. */
    public Set<String> columns() {
        Set<String> s = new LinkedHashSet<>();
        root.columns(s);
        return s;
    }

    /** A test of rows laid out as {@code columns}; an unknown name is a {@link ConditionException}. */
    public Predicate<double[]> bind(List<String> columns) {
        return root.bind(columns);
    }

    private enum Kind { NUMBER, NAME, OP, AND, OR, OPEN, CLOSE, END }

    private record Token(Kind kind, String text, int at) {
    }

    private interface Node {
        void columns(Set<String> into);

        Predicate<double[]> bind(List<String> columns);
    }

    private record Operand(Token token) {
        java.util.function.ToDoubleFunction<double[]> bind(List<String> columns) {
            if (token.kind == Kind.NUMBER) {
                double v = Double.parseDouble(token.text);
                return row -> v;
            }
            int i = columns.indexOf(token.text);
            if (i < 0) {
                throw new ConditionException(token.at, "no column '" + token.text + "'" + Suggest.near(token.text, columns));
            }
            return row -> row[i];
        }
    }

    private record Comparison(Operand left, String op, Operand right) implements Node {
        @Override
        public void columns(Set<String> into) {
            for (Operand o : List.of(left, right)) {
                if (o.token.kind == Kind.NAME) {
                    into.add(o.token.text);
                }
            }
        }

        @Override
        public Predicate<double[]> bind(List<String> columns) {
            var l = left.bind(columns);
            var r = right.bind(columns);
            return row -> {
                int c = Double.compare(missingLast(l.applyAsDouble(row)), missingLast(r.applyAsDouble(row)));
                return switch (op) {
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    case ">=" -> c >= 0;
                    case "==" -> c == 0;
                    default -> c != 0;
                };
            };
        }

        private static double missingLast(double v) {
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v == 0.0 ? 0.0 : v;
        }
    }

    private record Join(boolean and, List<Node> parts) implements Node {
        @Override
        public void columns(Set<String> into) {
            parts.forEach(p -> p.columns(into));
        }

        @Override
        public Predicate<double[]> bind(List<String> columns) {
            List<Predicate<double[]>> ps = parts.stream().map(p -> p.bind(columns)).toList();
            return and ? row -> ps.stream().allMatch(p -> p.test(row)) : row -> ps.stream().anyMatch(p -> p.test(row));
        }
    }

    /** The deepest nesting of parentheses: each level is a level of recursion in parsing and testing a row. */
    static final int MAX_DEPTH = 64;

    private static final class Parser {
        private final List<Token> tokens;
        private int pos;
        private int depth;

        Parser(String text) {
            this.tokens = lex(text);
        }

        Token peek() {
            return tokens.get(pos);
        }

        Node or() {
            List<Node> parts = new ArrayList<>(List.of(and()));
            while (peek().kind == Kind.OR) {
                pos++;
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Join(false, parts);
        }

        Node and() {
            List<Node> parts = new ArrayList<>(List.of(primary()));
            while (peek().kind == Kind.AND) {
                pos++;
                parts.add(primary());
            }
            return parts.size() == 1 ? parts.get(0) : new Join(true, parts);
        }

        Node primary() {
            Token t = peek();
            if (t.kind == Kind.OPEN) {
                if (++depth > MAX_DEPTH) {
                    throw new ConditionException(t.at, "parentheses nested more than " + MAX_DEPTH + " deep");
                }
                pos++;
                Node n = or();
                if (peek().kind != Kind.CLOSE) {
                    throw new ConditionException(peek().at, "expected ')' to close the '(' at character " + t.at);
                }
                pos++;
                depth--;
                return n;
            }
            Operand left = operand("a column name, a number or '('");
            Token op = peek();
            if (op.kind != Kind.OP) {
                throw new ConditionException(op.at, "expected a comparison (< <= > >= == !=) after '" + t.text + "'");
            }
            pos++;
            Operand right = operand("a column name or a number");
            if (left.token.kind == Kind.NUMBER && right.token.kind == Kind.NUMBER) {
                throw new ConditionException(t.at, "compares two numbers; name a column");
            }
            return new Comparison(left, op.text, right);
        }

        Operand operand(String expected) {
            Token t = peek();
            if (t.kind != Kind.NUMBER && t.kind != Kind.NAME) {
                throw new ConditionException(t.at, "expected " + expected + ", found "
                        + (t.kind == Kind.END ? "the end" : "'" + t.text + "'"));
            }
            pos++;
            return new Operand(t);
        }

        private static List<Token> lex(String s) {
            List<Token> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                int at = i + 1;
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')') {
                    out.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), at));
                    i++;
                } else if (s.startsWith("&&", i) || s.startsWith("||", i)) {
                    out.add(new Token(c == '&' ? Kind.AND : Kind.OR, s.substring(i, i + 2), at));
                    i += 2;
                } else if (c == '<' || c == '>' || c == '=' || c == '!') {
                    boolean two = i + 1 < s.length() && s.charAt(i + 1) == '=';
                    String op = two ? s.substring(i, i + 2) : String.valueOf(c);
                    if (op.equals("=") || op.equals("!")) {
                        throw new ConditionException(at, "'" + op + "' is not an operator; use == or !=");
                    }
                    out.add(new Token(Kind.OP, op, at));
                    i += op.length();
                } else if (Character.isDigit(c) || c == '.' || ((c == '-' || c == '+') && i + 1 < s.length()
                        && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.'))) {
                    int j = i + 1;
                    while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.'
                            || s.charAt(j) == 'e' || s.charAt(j) == 'E'
                            || ((s.charAt(j) == '-' || s.charAt(j) == '+') && (s.charAt(j - 1) == 'e' || s.charAt(j - 1) == 'E')))) {
                        j++;
                    }
                    String num = s.substring(i, j);
                    try {
                        if (!Double.isFinite(Double.parseDouble(num))) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException e) {
                        throw new ConditionException(at, "'" + num + "' is not a number");
                    }
                    out.add(new Token(Kind.NUMBER, num, at));
                    i = j;
                } else if (Character.isLetter(c) || c == '_') {
                    int j = i + 1;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || "_.-".indexOf(s.charAt(j)) >= 0)) {
                        j++;
                    }
                    out.add(new Token(Kind.NAME, s.substring(i, j), at));
                    i = j;
                } else {
                    throw new ConditionException(at, "unexpected character '" + c + "'");
                }
            }
            out.add(new Token(Kind.END, "", s.length() + 1));
            if (out.size() == 1) {
                throw new ConditionException(1, "the condition is empty");
            }
            return out;
        }
    }
}
