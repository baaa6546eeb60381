package org.adoptsim.cli.webcharts;

/** A response body with its content type. */
public record Asset(String contentType, byte[] bytes) {
}
