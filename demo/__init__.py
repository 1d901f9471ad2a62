"""The bundled sample web and its demo: essays, sample hosts, a loopback server, labelled
copies, and the crawl launcher the demo, tests and benchmarks share."""
