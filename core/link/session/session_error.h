#pragma once
// The diagnosis of a failed session or operation, in terms a person can act on: "no answer on
// /dev/ttyUSB0 at 300 baud", "wrong password (LLS)", "the encryption or authentication key is
// wrong", "object 1.0.0.4.2.255 not in this meter's association". `context` carries what the
// text needs (port and baud, OBIS code, the meter's own result name); it never holds a
// password or a key.
//
//   SessionError e{SessionError::Kind::WrongPassword, {}};
//   describe(e);   // "The meter rejected the association: wrong password (LLS)."

#include <QMetaType>
#include <QString>

#include "link/transport_error.h"
#include "protocol/dlms/apdu/service_error.h"
#include "protocol/dlms/client/client_error.h"

namespace omt::link {

struct SessionError {
    enum class Kind {
        NoAnswer,                   ///< context: "port at N baud" or the TCP address
        SignOnFailed,               ///< IEC 62056-21 sign-on refused or garbled; context: detail
        LinkRefused,                ///< the meter answered SNRM with DM / refused the parameters
        LinkLost,                   ///< the link or port went away during the session
        WrongPassword,              ///< LLS association rejected: authentication-failure
        WrongKeys,                  ///< HLS association rejected / pass 3 refused: EK or AK wrong
        AnswerFailsAuthentication,  ///< the meter's answer does not authenticate: EK/AK wrong
        InvocationCounterTooLow,    ///< one side's invocation counter is behind
        AssociationRejected,        ///< any other rejection; context: the diagnostic
        ObjectUndefined,            ///< context: OBIS code and attribute
        AccessDenied,               ///< context: OBIS code and attribute
        MeterRefused,               ///< another data-access-/action-result; context names it
        ServiceError,               ///< exception-response, confirmed-service-error
        ProtocolError,              ///< malformed or unexpected answer; context: detail
        PortNotFound,
        PortInUse,
        PermissionDenied,
        PortError,  ///< other open / read / write failures; context: detail
        ConnectionRefused,
        HostNotFound,
        Cancelled,             ///< the caller cancelled
        NotReady,              ///< a request while the session cannot take it
        BluetoothUnavailable,  ///< no Bluetooth adapter, or the Bluetooth service is not running
        BluetoothOff,          ///< the Bluetooth adapter is switched off
        PairingRequired,       ///< the Bluetooth head must be paired first; context: detail
        NotAnOpticalHead,      ///< the Bluetooth device offers no serial service
        /// The meter answers the IEC 62056-21 sign-on but offers no mode E (no DLMS on this
        /// port): only a data readout. Context: its identification, e.g. "KAM MCT".
        ReadoutOnly,
    };
    Kind kind = Kind::ProtocolError;
    QString context;
    friend bool operator==(const SessionError&, const SessionError&) = default;
};

/// Stable kebab-case identifier: "no-answer", "wrong-password", "object-undefined", ...
const char* nameOf(SessionError::Kind kind);

/// The English sentence for a person (translatable: QCoreApplication::translate with the
/// context "omt::link", as lupdate files it), shown by both the CLI and the GUI.
QString describe(const SessionError& error);

/// A transport failure as a session diagnosis (port errors keep their kind).
SessionError fromTransportError(const TransportError& error);

/// A data-access-result of one item as a diagnosis naming the object, e.g.
/// {ObjectUndefined, "1.0.0.4.2.255 attribute 2"}.
SessionError fromDataAccessResult(dlms::DataAccessResult result, const QString& object);

}  // namespace omt::link

Q_DECLARE_METATYPE(omt::link::SessionError)
