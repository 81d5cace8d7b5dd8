
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import {useStateContext} from "$/utils/context-registry"
import {Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,Heading as RadixThemesHeading,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Popover as RadixThemesPopover,Text as RadixThemesText,TextArea as RadixThemesTextArea} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideShoppingCart from "lucide-react/dist/esm/icons/shopping-cart.mjs"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideImage from "lucide-react/dist/esm/icons/image.mjs"
import LucideUser from "lucide-react/dist/esm/icons/user.mjs"
import LucideFolder from "lucide-react/dist/esm/icons/folder.mjs"
import LucideTag from "lucide-react/dist/esm/icons/tag.mjs"
import LucideCalendar from "lucide-react/dist/esm/icons/calendar.mjs"
import LucideListTree from "lucide-react/dist/esm/icons/list-tree.mjs"
import LucideCheck from "lucide-react/dist/esm/icons/check.mjs"
import LucideX from "lucide-react/dist/esm/icons/x.mjs"
import LucideExternalLink from "lucide-react/dist/esm/icons/external-link.mjs"
import DebounceInput from "react-debounce-input"








export const Form_root_a02590c83a6eceaacbb70e0e487926b4_210b8ae6 = /*#__PURE__*/ (() => {
const Form_root_a02590c83a6eceaacbb70e0e487926b4_210b8ae6 = memo(({children, ...rest}) => {
    
    const handleSubmit_ae2895155b0feff46710148dcda197ff = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___layout____search_box_state.submit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_ae2895155b0feff46710148dcda197ff }))},children)
    )
});
Form_root_a02590c83a6eceaacbb70e0e487926b4_210b8ae6.displayName = "Form";
return Form_root_a02590c83a6eceaacbb70e0e487926b4_210b8ae6;
})();

export const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_210b8ae6 = /*#__PURE__*/ (() => {
const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_instructor_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f2407aa9fa95036d5711d498ce6a556_210b8ae6.displayName = "Cond";
return Cond_comp_7f2407aa9fa95036d5711d498ce6a556_210b8ae6;
})();

export const Link_link_bc007e1d4013bba9d25a5892594eaf02_210b8ae6 = /*#__PURE__*/ (() => {
const Link_link_bc007e1d4013bba9d25a5892594eaf02_210b8ae6 = memo(({children, ...rest}) => {
    const ref_nav_cart = useRef(null); refs["ref_nav_cart"] = ref_nav_cart;

                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.refresh_count", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
const ref_cart_count = useRef(null); refs["ref_cart_count"] = ref_cart_count;
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":"Cart", asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"nav-cart", ref:ref_nav_cart }))},jsx(ReactRouterLink,{to:"/cart"},jsx(RadixThemesBox,{css:({ ["position"] : "relative", ["display"] : "flex", ["padding"] : "4px" })},jsx(LucideShoppingCart,{css:({ ["color"] : "var(--gray-12)" }),size:22},),jsx(Fragment,{},((reflex___state____state__udemy_clone___orders___state____cart_state.count_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{css:({ ["position"] : "absolute", ["top"] : "-8px", ["right"] : "-10px" }),id:"cart-count",radius:"full",ref:ref_cart_count,size:"1",variant:"solid"},reflex___state____state__udemy_clone___orders___state____cart_state.count_rx_state_))):(jsx(Fragment,{},)))))))
    )
});
Link_link_bc007e1d4013bba9d25a5892594eaf02_210b8ae6.displayName = "Link";
return Link_link_bc007e1d4013bba9d25a5892594eaf02_210b8ae6;
})();

export const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_210b8ae6 = /*#__PURE__*/ (() => {
const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_authenticated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c76d30685520d67f44df1ad0d1b37b81_210b8ae6.displayName = "Cond";
return Cond_comp_c76d30685520d67f44df1ad0d1b37b81_210b8ae6;
})();

export const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_210b8ae6 = /*#__PURE__*/ (() => {
const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_210b8ae6 = memo(({children, ...rest}) => {
    
                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.connect", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const ref_notification_bell = useRef(null); refs["ref_notification_bell"] = ref_notification_bell;
const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
const ref_notification_count = useRef(null); refs["ref_notification_count"] = ref_notification_count;
    return(
        jsx(RadixThemesPopover.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesBox,{css:({ ["position"] : "relative", ["display"] : "inline-flex" })},jsx(RadixThemesIconButton,{"aria-label":"Notifications",color:"gray",css:({ ["padding"] : "6px" }),id:"notification-bell",ref:ref_notification_bell,size:"2",variant:"ghost"},jsx(LucideBell,{size:24},)),jsx(Fragment,{},((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",css:({ ["position"] : "absolute", ["top"] : "-4px", ["right"] : "-6px", ["pointerEvents"] : "none" }),id:"notification-count",radius:"full",ref:ref_notification_count,size:"1",variant:"solid"},reflex___state____state__udemy_clone___notifications___state____notification_bell_state.badge_rx_state_))):(jsx(Fragment,{},))))))
    )
});
Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_210b8ae6.displayName = "PopoverTrigger";
return Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_210b8ae6;
})();

export const Button_button_b13704c674ab450b651bd900829fb1b2_210b8ae6 = /*#__PURE__*/ (() => {
const Button_button_b13704c674ab450b651bd900829fb1b2_210b8ae6 = memo(({children, ...rest}) => {
    const ref_bell_read_all = useRef(null); refs["ref_bell_read_all"] = ref_bell_read_all;
const on_click_c48acf008b7b7897088237ace35bae76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.read_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"bell-read-all", onClick:on_click_c48acf008b7b7897088237ace35bae76, ref:ref_bell_read_all, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_b13704c674ab450b651bd900829fb1b2_210b8ae6.displayName = "Button";
return Button_button_b13704c674ab450b651bd900829fb1b2_210b8ae6;
})();

export const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_210b8ae6 = /*#__PURE__*/ (() => {
const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_210b8ae6.displayName = "Cond";
return Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_210b8ae6;
})();

export const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_210b8ae6 = /*#__PURE__*/ (() => {
const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_ ?? [],((item_rx_state_,index_6daddadee4aa9425a4f86176fcfa2c7a)=>(jsx(RadixThemesBox,{className:"bell-item",css:({ ["padding"] : "8px 10px", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }), ["width"] : "100%" }),key:index_6daddadee4aa9425a4f86176fcfa2c7a,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.open_item", ({ ["notification_id"] : item_rx_state_?.["id"], ["link"] : item_rx_state_?.["link"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : ((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "var(--violet-9)" : "transparent"), ["flexShrink"] : "0", ["marginTop"] : "6px" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-12)" }),size:"2",weight:"medium"},item_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",trim:"both"},item_rx_state_?.["body"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-9)" }),size:"1"},item_rx_state_?.["when"])))))))
    )
});
Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_210b8ae6.displayName = "Foreach";
return Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_210b8ae6;
})();

export const Cond_comp_a0872316f3556fe4f283dec9e29bb563_210b8ae6 = /*#__PURE__*/ (() => {
const Cond_comp_a0872316f3556fe4f283dec9e29bb563_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a0872316f3556fe4f283dec9e29bb563_210b8ae6.displayName = "Cond";
return Cond_comp_a0872316f3556fe4f283dec9e29bb563_210b8ae6;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_210b8ae6 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_210b8ae6 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
const ref_nav_user_name = useRef(null); refs["ref_nav_user_name"] = ref_nav_user_name;
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(RadixThemesAvatar,{color:"violet",fallback:reflex___state____state__udemy_clone___ui___state____auth_state.initials_rx_state_,radius:"full",size:"2"},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),id:"nav-user-name",ref:ref_nav_user_name,weight:"medium"},reflex___state____state__udemy_clone___ui___state____auth_state.user_name_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_210b8ae6.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_210b8ae6;
})();

export const Bare_comp_675eab77cede8a150ef68b356e75fc75_210b8ae6 = /*#__PURE__*/ (() => {
const Bare_comp_675eab77cede8a150ef68b356e75fc75_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        reflex___state____state__udemy_clone___ui___state____auth_state.user_email_rx_state_
    )
});
Bare_comp_675eab77cede8a150ef68b356e75fc75_210b8ae6.displayName = "Bare";
return Bare_comp_675eab77cede8a150ef68b356e75fc75_210b8ae6;
})();

export const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_210b8ae6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_210b8ae6 = memo(({children, ...rest}) => {
    const on_click_2b1e02c900652bff2ec76415088266f1 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_2b1e02c900652bff2ec76415088266f1 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_210b8ae6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_210b8ae6;
})();

export const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_210b8ae6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_210b8ae6 = memo(({children, ...rest}) => {
    const on_click_718463886b56c6e6156913bf6d3bcc82 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/my-courses", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_718463886b56c6e6156913bf6d3bcc82 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_210b8ae6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_210b8ae6;
})();

export const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_210b8ae6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_210b8ae6 = memo(({children, ...rest}) => {
    const on_click_43da550a0dd1f55905e69ae21ef3aeff = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/orders", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_43da550a0dd1f55905e69ae21ef3aeff }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_210b8ae6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_210b8ae6;
})();

export const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_210b8ae6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_210b8ae6 = memo(({children, ...rest}) => {
    const on_click_dce2c65e320991eb867daaffd64b9465 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/studio", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_dce2c65e320991eb867daaffd64b9465 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_210b8ae6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_210b8ae6;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_210b8ae6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_210b8ae6 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_210b8ae6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_210b8ae6;
})();

export const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_210b8ae6 = /*#__PURE__*/ (() => {
const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_210b8ae6.displayName = "Cond";
return Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_210b8ae6;
})();

export const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_210b8ae6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_210b8ae6 = memo(({children, ...rest}) => {
    const ref_sign_out = useRef(null); refs["ref_sign_out"] = ref_sign_out;
const on_click_13789f52a8e81f4d386bbe9525ff387b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___state____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ css:({ ["color"] : "red" }), id:"sign-out", onClick:on_click_13789f52a8e81f4d386bbe9525ff387b, ref:ref_sign_out }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_210b8ae6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_210b8ae6;
})();

export const Bare_comp_b3854a9c7431461a4c7ee69a6d922a8f_210b8ae6 = /*#__PURE__*/ (() => {
const Bare_comp_b3854a9c7431461a4c7ee69a6d922a8f_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state = useStateContext("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state")
    return(
        reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.error_rx_state_
    )
});
Bare_comp_b3854a9c7431461a4c7ee69a6d922a8f_210b8ae6.displayName = "Bare";
return Bare_comp_b3854a9c7431461a4c7ee69a6d922a8f_210b8ae6;
})();

export const Cond_comp_2dc3f7eb663dcb048b5ce4da7e209032_210b8ae6 = /*#__PURE__*/ (() => {
const Cond_comp_2dc3f7eb663dcb048b5ce4da7e209032_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state = useStateContext("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2dc3f7eb663dcb048b5ce4da7e209032_210b8ae6.displayName = "Cond";
return Cond_comp_2dc3f7eb663dcb048b5ce4da7e209032_210b8ae6;
})();

export const Bare_comp_447b14ef76f119325eec1f75f3f60143_210b8ae6 = /*#__PURE__*/ (() => {
const Bare_comp_447b14ef76f119325eec1f75f3f60143_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state = useStateContext("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state")
    return(
        reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.total_rx_state_
    )
});
Bare_comp_447b14ef76f119325eec1f75f3f60143_210b8ae6.displayName = "Bare";
return Bare_comp_447b14ef76f119325eec1f75f3f60143_210b8ae6;
})();

export const Foreach_comp_b1b1a4e417b9d8cc3dfc6e326cb6c0d1_210b8ae6 = /*#__PURE__*/ (() => {
const Foreach_comp_b1b1a4e417b9d8cc3dfc6e326cb6c0d1_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state = useStateContext("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.queue_rx_state_ ?? [],((course_rx_state_,index_d4aeb0839f76f2579ad8971b67e06621)=>(jsx(RadixThemesBox,{className:"queue-course",css:({ ["border"] : "1px solid var(--gray-a5)", ["borderRadius"] : "12px", ["background"] : "var(--color-panel-solid)", ["boxShadow"] : "0 1px 2px rgba(0,0,0,0.04)", ["padding"] : "1.25rem", ["width"] : "100%" }),key:index_d4aeb0839f76f2579ad8971b67e06621},jsx(RadixThemesFlex,{align:"start",css:({ ["gap"] : "1.25rem" }),direction:({ ["initial"] : "column", ["md"] : "row" })},jsx(RadixThemesBox,{css:({ ["width"] : "200px", ["minWidth"] : "200px", ["aspectRatio"] : "16 / 9", ["borderRadius"] : "8px", ["overflow"] : "hidden", ["border"] : "1px solid var(--gray-a4)" })},jsx(Fragment,{},(!((course_rx_state_?.["thumbnail_url"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx("img",{alt:"",css:({ ["width"] : "100%", ["height"] : "100%", ["objectFit"] : "cover" }),src:course_rx_state_?.["thumbnail_url"]},))):(jsx(Fragment,{},jsx(RadixThemesFlex,{css:({ ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center", ["width"] : "100%", ["height"] : "100%", ["background"] : "linear-gradient(135deg, var(--gray-3), var(--violet-3))" })},jsx(LucideImage,{css:({ ["color"] : "var(--gray-9)" }),size:28},))))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["flex"] : "1", ["minWidth"] : "0" }),direction:"column",gap:"2"},jsx(RadixThemesHeading,{className:"queue-title",size:"4"},course_rx_state_?.["title"]),jsx(Fragment,{},(!((course_rx_state_?.["subtitle"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},course_rx_state_?.["subtitle"]))):(jsx(Fragment,{},)))),jsx(RadixThemesFlex,{align:"center",css:({ ["gap"] : "0.9rem" }),wrap:"wrap"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideUser,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},course_rx_state_?.["instructor"])),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideFolder,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},course_rx_state_?.["category"])),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideTag,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},course_rx_state_?.["price"])),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideCalendar,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},("Submitted "+course_rx_state_?.["submitted"]))),jsx(RadixThemesBadge,{color:"amber",variant:"soft"},course_rx_state_?.["waiting"])),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"3",wrap:"wrap"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideListTree,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},course_rx_state_?.["summary"])),jsx(RadixThemesBadge,{color:(course_rx_state_?.["all_videos_ready"] ? "green" : "gray"),variant:"soft"},course_rx_state_?.["videos"])),jsx(RadixThemesFlex,{css:({ ["gap"] : "0.35rem" }),wrap:"wrap"},Array.prototype.map.call(course_rx_state_?.["section_titles"] ?? [],((title_rx_state_,i_rx_state_)=>(jsx(RadixThemesBadge,{color:"gray",key:i_rx_state_,variant:"outline"},(((JSON.stringify((i_rx_state_ + 1)))+". ")+title_rx_state_))))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["minWidth"] : "140px" }),direction:"column",gap:"2"},jsx(RadixThemesButton,{className:"approve-course",color:"green",css:({ ["width"] : "100%" }),loading:(reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.busy_id_rx_state_?.valueOf?.() === course_rx_state_?.["id"]?.valueOf?.()),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state.approve", ({ ["course_id"] : course_rx_state_?.["id"] }), ({  })))], [_e], ({  }))))},jsx(LucideCheck,{size:15},),"Approve"),jsx(RadixThemesButton,{className:"reject-course",color:"red",css:({ ["width"] : "100%" }),disabled:(reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.busy_id_rx_state_?.valueOf?.() === course_rx_state_?.["id"]?.valueOf?.()),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state.open_reject", ({ ["course_id"] : course_rx_state_?.["id"], ["title"] : course_rx_state_?.["title"] }), ({  })))], [_e], ({  })))),variant:"soft"},jsx(LucideX,{size:15},),"Reject"),jsx(RadixThemesLink,{asChild:true,css:({ ["width"] : "100%", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{target:(true ? "_blank" : ""),to:("/course/"+course_rx_state_?.["slug"])},jsx(RadixThemesButton,{css:({ ["width"] : "100%" }),variant:"ghost"},jsx(LucideExternalLink,{size:15},),"Preview")))))))))
    )
});
Foreach_comp_b1b1a4e417b9d8cc3dfc6e326cb6c0d1_210b8ae6.displayName = "Foreach";
return Foreach_comp_b1b1a4e417b9d8cc3dfc6e326cb6c0d1_210b8ae6;
})();

export const Cond_comp_6145e460e768e0a558fec3d761f9b04b_210b8ae6 = /*#__PURE__*/ (() => {
const Cond_comp_6145e460e768e0a558fec3d761f9b04b_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state = useStateContext("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.queue_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6145e460e768e0a558fec3d761f9b04b_210b8ae6.displayName = "Cond";
return Cond_comp_6145e460e768e0a558fec3d761f9b04b_210b8ae6;
})();

export const Cond_comp_8d20ad061e876153e0e1ae3a1a65e2e5_210b8ae6 = /*#__PURE__*/ (() => {
const Cond_comp_8d20ad061e876153e0e1ae3a1a65e2e5_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state = useStateContext("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state")
    return(
        (reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8d20ad061e876153e0e1ae3a1a65e2e5_210b8ae6.displayName = "Cond";
return Cond_comp_8d20ad061e876153e0e1ae3a1a65e2e5_210b8ae6;
})();

export const Bare_comp_c85df31643ef16456fc60ec64410740e_210b8ae6 = /*#__PURE__*/ (() => {
const Bare_comp_c85df31643ef16456fc60ec64410740e_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state = useStateContext("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state")
    return(
        reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.reject_title_rx_state_
    )
});
Bare_comp_c85df31643ef16456fc60ec64410740e_210b8ae6.displayName = "Bare";
return Bare_comp_c85df31643ef16456fc60ec64410740e_210b8ae6;
})();

export const Debounceinput_debounceinput_549a83d98a07ba635442d29899e32f8f_210b8ae6 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_549a83d98a07ba635442d29899e32f8f_210b8ae6 = memo(({children, ...rest}) => {
    const ref_reject_reason = useRef(null); refs["ref_reject_reason"] = ref_reject_reason;
const on_change_b0e57dd82164a3c48b284a61255fb874 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state.set_reject_reason", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state = useStateContext("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ autoFocus:true, css:({ ["width"] : "100%", ["marginTop"] : "1rem" }), debounceTimeout:300, element:RadixThemesTextArea, id:"reject-reason", inputRef:ref_reject_reason, maxLength:2000, onChange:on_change_b0e57dd82164a3c48b284a61255fb874, placeholder:"e.g. The audio of lectures 3 to 5 is too quiet; please re-record.", rows:"5", value:reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.reject_reason_rx_state_ }), "inputRef")},)
    )
});
Debounceinput_debounceinput_549a83d98a07ba635442d29899e32f8f_210b8ae6.displayName = "DebounceInput";
return Debounceinput_debounceinput_549a83d98a07ba635442d29899e32f8f_210b8ae6;
})();

export const Bare_comp_c0ab264ef84e42165bc62b284befef43_210b8ae6 = /*#__PURE__*/ (() => {
const Bare_comp_c0ab264ef84e42165bc62b284befef43_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state = useStateContext("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state")
    return(
        reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.reject_error_rx_state_
    )
});
Bare_comp_c0ab264ef84e42165bc62b284befef43_210b8ae6.displayName = "Bare";
return Bare_comp_c0ab264ef84e42165bc62b284befef43_210b8ae6;
})();

export const Cond_comp_84124cf4b833550ae75735a13fbb3278_210b8ae6 = /*#__PURE__*/ (() => {
const Cond_comp_84124cf4b833550ae75735a13fbb3278_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state = useStateContext("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.reject_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_84124cf4b833550ae75735a13fbb3278_210b8ae6.displayName = "Cond";
return Cond_comp_84124cf4b833550ae75735a13fbb3278_210b8ae6;
})();

export const Button_button_a8563da62c8dac370be499af81a5bf6b_210b8ae6 = /*#__PURE__*/ (() => {
const Button_button_a8563da62c8dac370be499af81a5bf6b_210b8ae6 = memo(({children, ...rest}) => {
    const ref_confirm_reject = useRef(null); refs["ref_confirm_reject"] = ref_confirm_reject;
const on_click_8215c6a40609d8c029c2aa4a35e7326c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state.confirm_reject", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state = useStateContext("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", id:"confirm-reject", loading:(reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.busy_id_rx_state_?.valueOf?.() === reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.reject_id_rx_state_?.valueOf?.()), onClick:on_click_8215c6a40609d8c029c2aa4a35e7326c, ref:ref_confirm_reject }))},children)
    )
});
Button_button_a8563da62c8dac370be499af81a5bf6b_210b8ae6.displayName = "Button";
return Button_button_a8563da62c8dac370be499af81a5bf6b_210b8ae6;
})();

export const Dialogroot_dialog__root_e6c8eea82c198f8e651667173b388985_210b8ae6 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_e6c8eea82c198f8e651667173b388985_210b8ae6 = memo(({children, ...rest}) => {
    const on_open_change_ee26dedcd729001a82526a8bcdf345fd = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state.close_reject", ({ ["open_"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state = useStateContext("reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_ee26dedcd729001a82526a8bcdf345fd, open:(reflex___state____state__udemy_clone___catalog___admin_state____review_queue_state.reject_id_rx_state_?.valueOf?.() !== 0?.valueOf?.()) }))},children)
    )
});
Dialogroot_dialog__root_e6c8eea82c198f8e651667173b388985_210b8ae6.displayName = "DialogRoot";
return Dialogroot_dialog__root_e6c8eea82c198f8e651667173b388985_210b8ae6;
})();

export const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_210b8ae6 = /*#__PURE__*/ (() => {
const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_210b8ae6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.forbidden_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_210b8ae6.displayName = "Cond";
return Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_210b8ae6;
})();
