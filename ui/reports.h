#pragma once
// Value types the application's controllers hand to the window through signals (they never call
// a widget): a failure to show until the person dismisses it, the outcome of a write, and the
// writes that did not finish (the journal). Texts are already in the UI language.
//
//   ProblemReport p{tr("The link to the meter was lost."), describe(error),
//                   tr("Check the optical head's position and its cable, then Connect."), true};
//   emit problem(p);                    // MainWindow::showProblem: stays until dismissed

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace omt::ui {

/// A failure for the window's message area: it stays until the person dismisses it (or a new
/// operation replaces it), says what happened and what to do next, and may offer Retry.
struct ProblemReport {
    QString title;       ///< what failed: "The link to the meter was lost."
    QString detail;      ///< the diagnosis: "No answer on /dev/ttyUSB0 at 9600 baud."
    QString advice;      ///< the next step: "Check the optical head's position and cable, ..."
    bool retry = false;  ///< offer Retry (MainWindow::retryRequested)
    friend bool operator==(const ProblemReport&, const ProblemReport&) = default;
};

/// One setting of a write as its outcome shows it.
struct WriteReportItem {
    enum class State {
        New,        ///< the meter holds the new value (read back)
        Old,        ///< the meter holds the old value (never written, refused, or restored)
        Unknown,    ///< written or maybe written, and not read back: restore the backup
        Untouched,  ///< not reached: nothing was sent for it
    };
    QString setting;  ///< "CT ratio", "manual display list", in the UI language
    QString before;   ///< the old value in words
    QString after;    ///< the new value in words
    State state = State::Untouched;
    friend bool operator==(const WriteReportItem&, const WriteReportItem&) = default;
};

/// How a write ended.
struct WriteReport {
    enum class Result {
        Verified,     ///< everything written and read back
        Restored,     ///< a failure; the old values are back (read back), or nothing was written
        Cancelled,    ///< the person cancelled; the old values are back
        NotRestored,  ///< the meter may hold part of the write: the backup must be restored
        NotVerified,  ///< the permanent CT lock was written but does not read back
    };
    Result result = Result::Verified;
    QString headline;  ///< "3 changes written and verified."
    QString reason;    ///< why it failed, "" when verified
    QList<WriteReportItem> items;
    QString backupFile;  ///< the old values (omt-backup JSON), "" when none was saved
    QString auditFile;
    double seconds = 0;  ///< how long the write took
    int reconnects = 0;  ///< times the link was opened again during the write
    friend bool operator==(const WriteReport&, const WriteReport&) = default;
};

/// A write that did not finish: left in the journal by a program that was killed or lost the
/// meter, found at the next start (or the one that just failed and could not be restored).
struct InterruptedWrite {
    QString id;            ///< the journal entry (to dismiss it)
    QString meterSerial;   ///< "" when unknown
    QDateTime started;     ///< UTC
    QString program;       ///< "omt" or "openmetertool"
    QString backupFile;    ///< the old values; restoring it repairs the meter
    QStringList settings;  ///< what was being written, in words
    friend bool operator==(const InterruptedWrite&, const InterruptedWrite&) = default;
};

}  // namespace omt::ui

Q_DECLARE_METATYPE(omt::ui::ProblemReport)
Q_DECLARE_METATYPE(omt::ui::WriteReport)
Q_DECLARE_METATYPE(omt::ui::InterruptedWrite)
