import { useEffect, useRef } from 'react'

type Props = {
  mp4: string
  hls?: string
  poster?: string
  captions: { src: string; srclang: string; label: string }[]
  label: string
}

/**
 * The video player: adaptive HLS where the browser can play it (hls.js, loaded only when needed; Safari
 * natively), otherwise the web MP4. Captions as WebVTT tracks.
 */
export default function VideoPlayer({ mp4, hls, poster, captions, label }: Props) {
  const video = useRef<HTMLVideoElement>(null)
  useEffect(() => {
    const element = video.current
    if (!element || !hls) return
    if (element.canPlayType('application/vnd.apple.mpegurl')) {
      element.src = hls
      return
    }
    let destroy = () => {}
    void import('hls.js').then(({ default: Hls }) => {
      if (!Hls.isSupported()) return
      const player = new Hls({ capLevelToPlayerSize: true })
      player.loadSource(hls)
      player.attachMedia(element)
      destroy = () => player.destroy()
    })
    return () => destroy()
  }, [hls])
  return (
    // biome-ignore lint/a11y/useMediaCaption: caption tracks are rendered below from the record's WebVTT files
    <video
      ref={video}
      controls
      preload="none"
      poster={poster}
      aria-label={label}
      className="player"
      data-testid="video-player"
    >
      <source src={mp4} type="video/mp4" />
      {captions.map((track) => (
        <track key={track.src} kind="captions" src={track.src} srcLang={track.srclang} label={track.label} />
      ))}
    </video>
  )
}
