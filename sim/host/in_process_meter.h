#pragma once
// A virtual meter embedded in the same process (the CLI's --demo, the GUI's demo meter): the
// meter end of a link::PipeTransport pair served by an EndpointRunner.
//
//   auto [client, meterEnd] = link::PipeTransport::createPair(QStringLiteral("demo"));
//   InProcessMeter meter(std::move(meterEnd), runner);      // opens the meter end
//   client->open();                                          // the tool talks to `client`

#include <QObject>
#include <memory>

#include "link/pipe_transport.h"
#include "sim/host/endpoint_runner.h"

namespace omt::sim {

class InProcessMeter : public QObject {
    Q_OBJECT

public:
    /// Takes the meter end of a pipe pair, opens it and attaches `runner` (which must outlive
    /// this object). When the client end closes, the endpoint resets and the meter end is
    /// opened again for the next client of the same pipe.
    InProcessMeter(std::unique_ptr<link::PipeTransport> meterEnd, EndpointRunner& runner,
                   QObject* parent = nullptr);
    ~InProcessMeter() override;

    link::PipeTransport& transport() { return *m_transport; }

private:
    std::unique_ptr<link::PipeTransport> m_transport;
    EndpointRunner& m_runner;
};

}  // namespace omt::sim
