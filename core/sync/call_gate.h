#pragma once

#include <functional>

namespace syncdesk {

// Asked by a flush or poll before each call it sends (a step may spend many): false when
// the connector budget is spent, and the step stops there, leaving the rest waiting for a
// later cycle (deferred, never failed). An empty gate lets every call go.
using CallGate = std::function<bool()>;

} // namespace syncdesk
