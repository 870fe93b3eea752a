#include "link/transport.h"

namespace omt::link {

Transport::Transport(QObject* parent) : QObject(parent) {}

Transport::~Transport() = default;

bool Transport::setLineSettings(const LineSettings& /*settings*/) {
    return true;
}

bool Transport::write(const QByteArray& data) {
    if (data.isEmpty()) {
        return true;
    }
    if (!isOpen()) {
        emit errorOccurred(
            {TransportError::Kind::WriteFailed, description() + QStringLiteral(": not open")});
        return false;
    }
    return writeBytes(data);
}

bool Transport::write(omt::ByteView data) {
    return write(QByteArray(reinterpret_cast<const char*>(data.data()),
                            static_cast<qsizetype>(data.size())));
}

}  // namespace omt::link
