"""Wire types shared by a service and the gateway that exposes it: one contract, one place."""
