package io.github.jiguan.examples.gateway.simulator;

import java.util.concurrent.atomic.LongAdder;

/** What the terminals of a simulation did, counted. Thread-safe. */
final class Counters {
    final LongAdder handedOut = new LongAdder();
    final LongAdder acked = new LongAdder();
    final LongAdder retransmissions = new LongAdder();
    final LongAdder gaveUp = new LongAdder();
    final LongAdder reconnects = new LongAdder();
    final LongAdder authenticated = new LongAdder();
    final LongAdder refused = new LongAdder();
    final LongAdder undeliverable = new LongAdder();
    final LongAdder corrupted = new LongAdder();
    final LongAdder batches = new LongAdder();
    final LongAdder subpackaged = new LongAdder();
    final LongAdder fragmentsDropped = new LongAdder();
    final LongAdder fragmentRequests = new LongAdder();
    final LongAdder commands = new LongAdder();
    final LongAdder badFramesReceived = new LongAdder();
}
