"""Training offers: import (Lhéo XML, neutral JSON) and matching."""
