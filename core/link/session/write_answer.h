#pragma once
// What the meter's answer to a write proves, decided in one place for the command line and the
// desktop application, so the two cannot differ (issue 19):
//
//   - only a decoded, authenticated answer whose result is not success is a refusal: the meter
//     did not carry out the SET or ACTION;
//   - an answer that does not authenticate, a malformed or unexpected answer, a service error or
//     an invocation-counter error proves nothing: the write may have happened, so it is restored
//     and read back like one that did;
//   - a failure that ends the session (no answer, the link or the port gone) also needs the link
//     again before anything else can be sent.
//
//   connect(&meter, &MeterConnection::operationFinished, [&](const OperationResult& r) {
//       link::deliverWrite(run, classifyWrite(r.outcome));    // Done / Refused
//   });
//   connect(&meter, &MeterConnection::failed, [&](int, const SessionError& e) {
//       link::deliverWrite(run, classifyWrite(e));            // Unknown / LinkLost
//   });

#include <QString>

#include "link/session/session_error.h"
#include "meter/write_run.h"
#include "protocol/dlms/client/client_association.h"

namespace omt::link {

struct WriteAnswer {
    enum class Kind {
        Done,      ///< the meter confirmed the write
        Refused,   ///< the meter's authenticated answer says it did not carry it out
        Unknown,   ///< nothing is proven: the write may have happened; the session goes on
        LinkLost,  ///< the session is gone: the write may have happened; connect again
    };
    Kind kind = Kind::Unknown;
    QString why;  ///< a sentence for a person ("" for Done)
};

/// Stable kebab-case identifier: "done", "refused", "unknown", "link-lost".
const char* nameOf(WriteAnswer::Kind kind);

/// Whether the session that reported `error` can carry nothing more: the link, the port or the
/// association is gone (no answer, link lost, port errors, not ready, cancelled).
bool sessionIsGone(const SessionError& error);

/// A completed SET or ACTION: Done when every item succeeded, Refused (naming the meter's
/// result, e.g. "the meter refused 3/1.0.0.4.2.255:2 (read-write-denied)") otherwise. A GET or
/// an empty SET outcome is Unknown (it answers a different question).
WriteAnswer classifyWrite(const dlms::Outcome& outcome);
/// A failed SET or ACTION: LinkLost when sessionIsGone(error), Unknown otherwise; never Refused.
WriteAnswer classifyWrite(const SessionError& error);

/// Gives `answer` to the run's current write request (writeSucceeded, writeRefused, writeFailed
/// or linkLost).
void deliverWrite(meter::WriteRun& run, const WriteAnswer& answer);
/// Gives a completed GET to the run's current read request: each item's value, or nullopt for
/// an item the meter answered with an error.
void deliverRead(meter::WriteRun& run, const dlms::GetOutcome& outcome);
/// A failed read: linkLost when sessionIsGone(error), readFailed otherwise.
void deliverRead(meter::WriteRun& run, const SessionError& error);

}  // namespace omt::link
