"""Pages of the master-studio app: staff overview and detail, public notice and list, host-unit dashboard."""
