# Sources of this part of the org.
